package extract

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
)

// cableOf wraps body paragraphs in the header of a real cable (07PARIS3972,
// sent 2007-09-21) so that the MET stage can be tried on one construction.
func cableOf(t *testing.T, subject string, paras ...string) *cable.Cable {
	t.Helper()
	return cableClassifiedBy(t, "Political Minister-Counselor Josiah Rosenblatt", subject, paras...)
}

// cableClassifiedBy is cableOf with another Classified By line.
func cableClassifiedBy(t *testing.T, by, subject string, paras ...string) *cable.Cable {
	t.Helper()
	return cableAtPost(t, "PARIS", by, subject, paras...)
}

// cableAtPost is cableClassifiedBy for a cable sent by the embassy in
// post ("LIMA").
func cableAtPost(t *testing.T, post, by, subject string, paras ...string) *cable.Cable {
	t.Helper()
	var b strings.Builder
	b.WriteString("VZCZCXRO4577\nOO RUEHDBU\nDE RUEHFR #3972 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\n" +
		"FM AMEMBASSY " + post + "\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nCONFIDENTIAL " + post + " 003972\n\n" +
		"E.O. 12958: DECL: 07/26/2017\nTAGS: PREL PGOV FR\nSUBJECT: " + subject + "\n\n" +
		"Classified By: " + by + " for reasons 1.4 b and d.\n\n")
	for i, p := range paras {
		b.WriteString(strconv.Itoa(i+1) + ". (C) " + p + "\n\n")
	}
	b.WriteString("STAPLETON\n")
	r := cable.NewReader(strings.NewReader(b.String()), "test.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	return r.Cable()
}

// metPairs lists the MET relations of a result as "A - B DATE", sorted,
// with the names in alphabetical order.
func metPairs(res *Result) []string {
	var out []string
	for _, r := range res.Relations {
		if r.Type != Met {
			continue
		}
		a, b := r.From, r.To
		if b < a {
			a, b = b, a
		}
		out = append(out, a+" - "+b+" "+r.Date.String())
	}
	slices.Sort(out)
	return out
}

// TestMeetings tries the MET stage on the constructions of group meetings
// and of dates told in an earlier sentence.
func TestMeetings(t *testing.T) {
	tests := []struct {
		subject string
		paras   []string
		want    string // pairs joined by "; "
	}{
		0: {"MEETING", []string{"Ambassador Wolcott and DCM Humphrey met Foreign Minister Manley and Deputy Foreign Minister Sherriff in London on July 22."},
			"Humphrey - Manley 2007-07-22; Humphrey - Sherriff 2007-07-22; Manley - Wolcott 2007-07-22; Sherriff - Wolcott 2007-07-22"},
		// The leader of a delegation is one of its members.
		1: {"MEETING", []string{"A delegation led by Foreign Minister Manley, with Deputy Minister Sherriff, met Ambassador Wolcott and DCM Humphrey on July 22."},
			"Humphrey - Manley 2007-07-22; Humphrey - Sherriff 2007-07-22; Manley - Wolcott 2007-07-22; Sherriff - Wolcott 2007-07-22"},
		// One side named as a group: its members speak in the next sentences.
		2: {"MEETING", []string{"President Uribe and Prosecutor General Mario Iguaran met the presidents of the four high courts on July 22. Supreme Court President Cesar Torres said after the meeting that relations were good. Council of State President Ibanez called it productive."},
			"Alvaro Uribe - Cesar Torres 2007-07-22; Alvaro Uribe - Ibanez 2007-07-22; Cesar Torres - Mario Iguaran 2007-07-22; Ibanez - Mario Iguaran 2007-07-22"},
		// Two people of one side are no pair.
		3: {"MEETING", []string{"Senators Grassley and Thune met with a senior official at the Ministry of Trade to discuss pork exports."}, ""},
		// The date of the call-on told before "During the meeting".
		4: {"MEETING", []string{"On July 20, Ambassador Wolcott called on Foreign Minister Manley. He said the EU was weak. During the meeting, Manley told Wolcott that Deputy Minister Sherriff would travel."},
			"Manley - Wolcott 2007-07-20"},
		// The date of the meeting the subject line names.
		5: {"AMBASSADOR WOLCOTT'S JULY 20 MEETING WITH FM MANLEY", []string{"During the meeting, Manley told Wolcott that the EU was weak."},
			"Manley - Wolcott 2007-07-20"},
		// Another meeting in the same paragraph keeps no date.
		6: {"MEETING", []string{"On July 20, Ambassador Wolcott called on Foreign Minister Manley. Manley said he had met with Deputy Minister Sherriff a month ago."},
			"Manley - Sherriff ; Manley - Wolcott 2007-07-20"},
		// A family name written first that is also a given name: "Wang"
		// alone is the Chinese "Wang Yi" named before.
		7: {"MEETING", []string{"Chinese Foreign Minister Wang Yi arrived in Paris. On July 20, Wang met with Foreign Minister Manley."},
			"Manley - Wang Yi 2007-07-20"},
		// "In a meeting with Y, X said": X written after a title the
		// mention does not cover.
		8: {"MEETING", []string{"In a July 20 meeting with Ambassador Wolcott, Minister of Interior Sheikh Khalid Al-Harbi said the EU was weak."},
			"Khalid Al-Harbi - Wolcott 2007-07-20"},
		// A briefing, active or passive, is an encounter; one given to
		// the press names no one.
		9: {"MEETING", []string{"Ambassador Wolcott and DCM Humphrey visited Lyon on July 20 and were briefed by Foreign Minister Manley. On July 21, Deputy Minister Sherriff briefed the press."},
			"Humphrey - Manley 2007-07-20; Manley - Wolcott 2007-07-20"},
		// Side lists inside a paragraph, one sentence a side, dated by
		// the meeting sentence before them.
		10: {"MEETING", []string{"The Ambassador met the French Foreign Minister on July 20 to discuss Iran. US attendees were: Ambassador Wolcott and DCM Humphrey. The French attendees were: FM Manley and Deputy Minister Sherriff."},
			"Humphrey - Manley 2007-07-20; Humphrey - Sherriff 2007-07-20; Manley - Wolcott 2007-07-20; Sherriff - Wolcott 2007-07-20"},
		// A courtesy call "with" someone is a meeting noun.
		11: {"MEETING", []string{"During a July 20 courtesy call with Ambassador Wolcott, Russian Ambassador Ivan Petrov highlighted recent talks."},
			"Ivan Petrov - Wolcott 2007-07-20"},
		// The people of an opening subordinate clause are not the
		// subjects of the main clause's verb.
		12: {"MEETING", []string{"On July 20, while Deputy Minister Sherriff briefed Senator Graham, Foreign Minister Manley met with Ambassador Wolcott."},
			"Graham - Sherriff 2007-07-20; Manley - Wolcott 2007-07-20"},
		// Places, dates and a conference may stand between the meeting
		// noun and its "with".
		13: {"MEETING", []string{"Foreign Minister Manley's July 20 meeting in New York during UNGA with Ambassador Wolcott went well."},
			"Manley - Wolcott 2007-07-20"},
		// A side list alone names the side the meeting sentence left
		// unnamed; the meeting's named people are the other side.
		14: {"MEETING", []string{"Mayor Jean Dumont and Deputy Mayor Claire Roussel sat down with members of the Hyde CODEL on July 20 to discuss trade. American participants included Representative Mel Watt, Tom Lantos and Diane Watson, their staff members, and the Charge."},
			"Claire Roussel - Diane Watson 2007-07-20; Claire Roussel - Mel Watt 2007-07-20; Claire Roussel - Tom Lantos 2007-07-20; Diane Watson - Jean Dumont 2007-07-20; Jean Dumont - Mel Watt 2007-07-20; Jean Dumont - Tom Lantos 2007-07-20"},
		// A meeting the summary tells without its day takes the day of
		// the paragraph that tells it again; the short form a name is
		// given in brackets is that person.
		15: {"MEETING", []string{"Summary: in a cordial meeting with Council Chief Ahmed Wali Karzai (AWK), Ambassador Wolcott urged better governance.", "Wolcott met with AWK on July 20 in Kandahar."},
			"Ahmed Wali Karzai - Wolcott 2007-07-20"},
		// An account of the meeting later on ("insisted ... their
		// dinner") is dated by the paragraph that dates the dinner.
		16: {"MEETING", []string{"On July 20, Foreign Minister Manley and Ambassador Wolcott had dinner in Lyon.", "He spoke of Iran.", "Manley insisted that Ambassador Wolcott order wine at their dinner."},
			"Manley - Wolcott 2007-07-20"},
		// People who "had" or "held" a meeting together met one another.
		17: {"MEETING", []string{"On July 20, Foreign Minister Manley and Ambassador Wolcott had a one-on-one dinner in Lyon."},
			"Manley - Wolcott 2007-07-20"},
		// "Called on X to" and a verb of demand is no call paid; a verb
		// of purpose keeps it one.
		18: {"MEETING", []string{"On July 20, Deputy Minister Sherriff publicly called on Senator Graham to return to London.", "On July 21, Ambassador Wolcott called on Foreign Minister Manley to discuss Iran."},
			"Manley - Wolcott 2007-07-21"},
		// "In a meeting with Y, ...": the person after the phrase is its
		// subject only when the phrase's comma stands right before them
		// (here the subject is redacted and Manley is the object).
		19: {"MEETING", []string{"During a meeting with Ambassador Wolcott on XXXXXXXXXXXX, accused Foreign Minister Manley of wasting time."},
			""},
		20: {"MEETING", []string{"In a meeting with Saudi Ambassador Wolcott and Deputy Minister Sherriff on July 20, Treasury Under Secretary for Terrorism and Financial Intelligence Stuart Levey discussed Iran."},
			"Sherriff - Stuart Levey 2007-07-20; Stuart Levey - Wolcott 2007-07-20"},
		// A name after ", and" that a verb of saying follows opens a new
		// clause: no more objects of the meeting.
		21: {"MEETING", []string{"The media praised Foreign Minister Manley's July 20 bilateral with Ambassador Wolcott, and Deputy Minister Sherriff confirmed that Paris was pleased."},
			"Manley - Wolcott 2007-07-20"},
		// A capitalised word inside a title's complement that goes on
		// ("for War Crimes Issues") is no person; a list's next title
		// ends one ("Secretary of Homeland Security Napolitano Secretary
		// Clinton").
		22: {"MEETING", []string{"On July 20, Deputy Minister Sherriff met with Special Envoy for War Crimes Issues Ambassador Stephen Rapp."},
			"Sherriff - Stephen Rapp 2007-07-20"},
		23: {"MEETING", []string{"On July 20, Foreign Minister Manley met Secretary of Homeland Security Napolitano Secretary Solis and Ambassador Wolcott in Paris."},
			"Manley - Napolitano 2007-07-20; Manley - Solis 2007-07-20; Manley - Wolcott 2007-07-20"},
		// A title abbreviated as a form of address ("Col.") makes the
		// two words after it a name.
		24: {"MEETING", []string{"On July 20, Ambassador Wolcott met with Col. Hefed Al-Jamrah in Sana'a."},
			"Hefed Al-Jamrah - Wolcott 2007-07-20"},
		// A sentence that opens with "Meeting with Y," tells of X's
		// meeting with Y.
		25: {"MEETING", []string{"Meeting with Ambassador Wolcott on July 20, Foreign Minister Manley said the EU was weak."},
			"Manley - Wolcott 2007-07-20"},
		// "May" before a day is the month, not a modal.
		26: {"MEETING", []string{"Prime Minister Blair's May 11 meeting with President-elect Sarkozy went well."},
			"Blair - Nicolas Sarkozy 2007-05-11"},
		// "met May 14 with": the month may stand between the verb and
		// "with"; "POL M/C" is the cable's Political Minister-Counselor.
		27: {"MEETING", []string{"POL M/C met May 14 with UK Embassy DCM Tim Hitchens for a readout."},
			"Josiah Rosenblatt - Tim Hitchens 2007-05-14"},
		// "over lunch": the sentence's subject and the person right
		// before "over" had the meal together, whoever else it names.
		28: {"MEETING", []string{"Foreign Minister Manley shared his assessment of Prime Minister Fillon and President Sarkozy with Ambassador Wolcott over lunch July 13."},
			"Manley - Wolcott 2007-07-13"},
		// "also" adds a meeting to the occasion its paragraph dated, when
		// the dated sentence names one of the two.
		29: {"MEETING", []string{"Senator Graham visited Lyon on July 11 and was briefed by Deputy Minister Sherriff. Governor Dumont also discussed security with Graham."},
			"Dumont - Graham 2007-07-11; Graham - Sherriff 2007-07-11"},
		// Glued initials are part of a name, not an acronym.
		30: {"MEETING", []string{"On July 20, Ambassador Wolcott met with National Security Advisor M.K. Narayanan. At 3 P.M. Paris time the talks ended."},
			"M.K. Narayanan - Wolcott 2007-07-20"},
		// A surname's lower-case particle opens the name after a title.
		31: {"MEETING", []string{"Ambassador Wolcott met with Interior Minister de Maiziere on July 20."},
			"Wolcott - de Maiziere 2007-07-20"},
		// "Petrobras' new director": the bare apostrophe of a plural
		// possessive does not end the object of a meeting.
		32: {"MEETING", []string{"On July 20, Ambassador Wolcott met with Petrobras' new International Director Jorge Zelada."},
			"Jorge Zelada - Wolcott 2007-07-20"},
		// "Jr." is no surname: "A/S Bloomfield" is the man named in full.
		33: {"MEETING", []string{"Assistant Secretary Lincoln P. Bloomfield Jr. arrived in Sanaa on July 19.", "On July 20, A/S Bloomfield met with Interior Minister Rashad al-Alimi."},
			"Lincoln P. Bloomfield Jr - Rashad al-Alimi 2007-07-20"},
		// The common words of a title's complement lead on to the name.
		34: {"MEETING", []string{"Ambassador Wolcott and poloff met with MP and Chairman of the Al-Wifaq political society Sheikh Ali Salman on July 20."},
			"Ali Salman - Wolcott 2007-07-20"},
		// "and with" adds a second object after one that names no one.
		35: {"MEETING", []string{"On July 20 Ambassador Wolcott met with the two top executives of the Petroleum Institute (IBP), an association of energy companies, and with Petrobras' new International Director, Jorge Luiz Zelada."},
			"Jorge Luiz Zelada - Wolcott 2007-07-20"},
		// Meeting phrases after the verb are the subject's meetings, each
		// with its own day; the people they name are on one side.
		36: {"MEETING", []string{"Foreign Minister Vashadze raised his concerns with us twice, during a July 16 meeting with Deputy Assistant Secretary Kaidanow and in a July 13 dinner with Ambassador Wolcott."},
			"Kaidanow - Vashadze 2007-07-16; Vashadze - Wolcott 2007-07-13"},
		// "calls on" X, Y and Z: calls paid by their owner ("His").
		37: {"MEETING", []string{"Foreign Secretary Miliband visited Khartoum. His meetings included calls on President Bashir, Foreign Secretary Deng Alor, and Intelligence Director Salah al Gosh."},
			"Bashir - David Miliband ; David Miliband - Deng Alor ; David Miliband - Salah al Gosh "},
		// ", hosting Y": the apposition's host met the guest.
		38: {"MEETING", []string{"Foreign Minister Manley, hosting Ambassador Wolcott at his home July 11, was critical of the plan."},
			"Manley - Wolcott 2007-07-11"},
		// A dated meal one was invited to took place; an undated
		// invitation is a plan.
		39: {"MEETING", []string{"Foreign Minister Manley invited Ambassador Wolcott over for a one-on-one breakfast July 7.", "Deputy Minister Sherriff invited Senator Graham to dinner."},
			"Manley - Wolcott 2007-07-07"},
		// A description in lower case right before the name is part of
		// the object; a verb form is not.
		40: {"MEETING", []string{"Ambassador Wolcott met July 26 with Peronist dissident Juan Schiaretti of Cordoba Province.", "Deputy Minister Sherriff met with reporters covering Senator Graham."},
			"Juan Schiaretti - Wolcott 2007-07-26"},
		// A meal "hosted by" its host, in an opening phrase.
		41: {"MEETING", []string{"During a July 17 lunch hosted by Ambassador Wolcott that covered other topics (septel), Vice Foreign Minister and former Head of Delegation Chun Yung-woo predicted that China would not act."},
			"Chun Yung-woo - Wolcott 2007-07-17"},
		// A surname that is also a town, joined to a name by "and" before
		// a person's verb, is a person.
		42: {"MEETING", []string{"Moratinos and Rodriguez met in Prague on July 13."},
			"Moratinos - Rodriguez 2007-07-13"},
		// A one-word title after a given name is the surname.
		43: {"MEETING", []string{"British Officer John King met Foreign Minister Manley on July 13."},
			"John King - Manley 2007-07-13"},
		// "Advisor-equivalent" is a title word, not the start of a name;
		// "in a conversation with" after the verb is the subject's meeting,
		// whatever titles open the sentence.
		44: {"MEETING", []string{"(Incoming Diplomatic Advisor and National Security Advisor-equivalent Jean-David Levitte confirmed this on July 13 in a conversation with Ambassador Wolcott.)"},
			"Jean-David Levitte - Wolcott 2007-07-13"},
		// Whose meeting with someone it is, is a person.
		45: {"MEETING", []string{"Their ties were apparent with Altun's very public meeting with President Gul on July 11th."},
			"Abdullah Gul - Altun 2007-07-11"},
		// A regnal number continues the name.
		46: {"MEETING", []string{"Prime Minister Zapatero met with King Mohammed VI on July 11 in Oujda. King Mohammed said so."},
			"Mohammed VI - Zapatero 2007-07-11"},
		// Time spent with someone, and verbs of talking over with; a
		// question after the object names no one more; money spent is
		// no meeting.
		47: {"MEETING", []string{"Ambassador Wolcott spent the afternoon and evening of July 9 with Foreign Minister Miguel Angel Moratinos.", "EUR PDAS Kurt Volker reviewed on July 3 with Patrick Devedjian how a Sarkozy administration would act.", "The firm spent USD 10 million with Minister Manley."},
			"Kurt Volker - Patrick Devedjian 2007-07-03; Miguel Angel Moratinos - Wolcott 2007-07-09"},
		// A capitalised word of a title's complement that goes on with
		// "of" is no person.
		48: {"MEETING", []string{"On July 3 Foreign Minister Manley also met with the President of the Confederation of British Industries, Martin Broughton."},
			"Manley - Martin Broughton 2007-07-03"},
		// A meeting phrase after a short opening phrase and its comma.
		49: {"MEETING", []string{"A week later, in a July 24 meeting with National Security Advisor Tariq Aziz, Ambassador Wolcott presented the same points."},
			"Tariq Aziz - Wolcott 2007-07-24"},
		// "In separate meetings, X reiterated to A and B": X met each.
		50: {"MEETING", []string{"In separate meetings, U/S Levey also reiterated to Bank President and CEO Ghazi Abdul Jawad and Gulf Bank CEO Dr. Khalid Al-Fayez the risks of doing business with Iran."},
			"Ghazi Abdul Jawad - Levey ; Khalid Al-Fayez - Levey "},
		// The subjects of a verb before a meeting noun all have it.
		51: {"MEETING", []string{"On July 26, while President Martinelli and Vice President Varela were in New York City meeting with Secretary Clinton, the opposition protested."},
			"Clinton - Martinelli 2007-07-26; Clinton - Varela 2007-07-26"},
		// A possessive after the verb is the subject's: Kerry's talks.
		52: {"MEETING", []string{"Senator John Kerry opened the July 16 meeting with President Zardari by referring to his recent talks with Indian PM Manmohan Singh."},
			"John Kerry - Manmohan Singh ; John Kerry - Zardari 2007-07-16"},
		// "X pressed Y ... in a meeting DATE": subject and object met; a
		// meeting phrase with no object names no pair.
		53: {"MEETING", []string{"Ambassador Wolcott pressed Development Minister Bert Koenders (Labor Party) to retain a Dutch contribution in a meeting July 4.", "General Petraeus congratulated President Saleh on successful operations during a July 2 meeting.", "Minister Manley discussed the crisis in a meeting on July 3."},
			"Ali Abdullah Saleh - Petraeus 2007-07-02; Bert Koenders - Wolcott 2007-07-04"},
		// A person who summoned someone met them; an institution names
		// no one ("the MFA convoked ...").
		54: {"MEETING", []string{"Foreign Minister Mourad Medelci summoned Ambassador Wolcott to the MFA July 11.", "After talks with Foreign Minister Manley, the MFA convoked German Ambassador Horst-Wolfram Kerll to a meeting on July 19."},
			"Mourad Medelci - Wolcott 2007-07-11"},
		// "the previous day" counts from the day the text last gave.
		55: {"MEETING", []string{"Ambassador Wolcott met with Foreign Minister Manley on July 27. Manley related a meeting with Saudi FM Saud Al-Faisal the previous day."},
			"Manley - Saud Al-Faisal 2007-07-26; Manley - Wolcott 2007-07-27"},
		// A word after an organisation's head in a title's complement
		// names the organisation ("Task Force Helmand"), not a person;
		// "Secretary of State Rice" is one.
		56: {"MEETING", []string{"On July 11 Senator Graham was briefed by Brigadier General Gordon Messenger, the British Commander of Task Force Helmand, and by Secretary of State Rice."},
			"Condoleezza Rice - Graham 2007-07-11; Gordon Messenger - Graham 2007-07-11"},
		// "a lunch for X" is a meal with X; a list "also attending for"
		// the host's government adds to the host's side, so its people
		// met the guest, not the host.
		57: {"MEETING", []string{"Minister Rodrigo Arias hosted a lunch for Ambassador Wolcott on July 24. Also attending for the Government of Costa Rica were Foreign Trade Minister Marco Vinicio Ruiz and Vice Minister Roberto Thompson."},
			"Marco Vinicio Ruiz - Wolcott 2007-07-24; Roberto Thompson - Wolcott 2007-07-24; Rodrigo Arias - Wolcott 2007-07-24"},
		// Among objects of two countries, the subject's compatriots (a
		// minister of the host's government) were on the subject's side.
		58: {"MEETING", []string{"In a July 14 meeting with Admiral Mike Mullen, Ambassador Wolcott and Defense Minister Herve Morin, President Nicolas Sarkozy said that France would send troops."},
			"Mike Mullen - Nicolas Sarkozy 2007-07-14; Nicolas Sarkozy - Wolcott 2007-07-14"},
		// "then-President" is a title; "I’ve" is the pronoun, no person.
		59: {"MEETING", []string{"He recalled a July 28, 2001 meeting between President Bush and then-President Aznar.", "I’ve met Foreign Minister Manley twice."},
			"Aznar - George W. Bush 2001-07-28"},
		// An object's apposition in lower case does not end the list.
		60: {"MEETING", []string{"Ambassador Wolcott met July 14 with Medardo Gonzalez, FMLN General Coordinator and head of legislative bloc, Sigfrido Reyes, FMLN Spokesman and Assembly Deputy, and Oscar Ortiz, Santa Tecla Mayor."},
			"Medardo Gonzalez - Wolcott 2007-07-14; Oscar Ortiz - Wolcott 2007-07-14; Sigfrido Reyes - Wolcott 2007-07-14"},
		// Each object's own day; "Jun" before a name is a given name,
		// not June.
		61: {"MEETING", []string{"Ambassador Wolcott met MOFA State Secretary Tetsuro Fukuyama July 25 and Fisheries Agency Deputy Director General Jun Yamashita July 26 to press the case."},
			"Jun Yamashita - Wolcott 2007-07-26; Tetsuro Fukuyama - Wolcott 2007-07-25"},
		// Side lists: "Among the U.S. representatives were: ..." and
		// "Various members of the Brazilian community also took part,
		// including X" (a longer head, of its country).
		62: {"MEETING", []string{"U.S. representatives met with Brazilian academics on July 10. Among the U.S. representatives were: Ambassador Larry Palmer and desk officer Ben Chiang. Various members of the Brazilian academic community also took part, including Unipalmares Rector Jose Vicente."},
			"Ben Chiang - Jose Vicente 2007-07-10; Jose Vicente - Larry Palmer 2007-07-10"},
		// "met with <a group>, including X": X was one of them.
		63: {"MEETING", []string{"On July 3 Iranian official Saeed Jalili also met with Palestinian leaders based in Syria, including Hamas Politburo Chief Khaled Meshaal."},
			"Khaled Meshaal - Saeed Jalili 2007-07-03"},
		// "He was accompanied by X": X joins the side of the one he is.
		64: {"MEETING", []string{"On June 25, Ambassador Wayne called on Interior Minister Anibal Fernandez. He was accompanied by his aide Tom Smith."},
			"Anibal Fernandez - Tom Smith 2007-06-25; Anibal Fernandez - Wayne 2007-06-25"},
		// "X, joined by Y, ..." after the meeting: Y on X's side.
		65: {"MEETING", []string{"General Ahmed Azwai met with Ambassador Wolcott on July 9. Azwai, joined by Deputy Minister Ali Salem of the MFA, complained about the delays."},
			"Ahmed Azwai - Wolcott 2007-07-09; Ali Salem - Wolcott 2007-07-09"},
		// "paid a <date> farewell call on X".
		66: {"MEETING", []string{"Ambassador Pearson paid a July 7 farewell call on Speaker Bulent Arinc."},
			"Bulent Arinc - Pearson 2007-07-07"},
		// The subject after an opening phrase owns "his meeting".
		67: {"MEETING", []string{"On July 20, Minister Manley told Ambassador Wolcott about his one-hour one-on-one meeting with President Ilham Aliyev on the evening of July 19."},
			"Ilham Aliyev - Manley 2007-07-19"},
		// "X and his team (A, B and C)": the team's members are objects;
		// "met at length with".
		68: {"MEETING", []string{"On July 24 Ambassador Wolcott met at length with COMEX Minister Marco Ruiz and his team (Director General Gabriela Castro, Alan Thompson, and Susana Vasquez)."},
			"Alan Thompson - Wolcott 2007-07-24; Gabriela Castro - Wolcott 2007-07-24; Marco Ruiz - Wolcott 2007-07-24; Susana Vasquez - Wolcott 2007-07-24"},
		// A side list whose head opens with "Included" and runs past eight
		// words to a colon; a name that qualifies a member ("Stanford's",
		// "an Ahmadinejad adviser") is no member.
		69: {"MEETING", []string{"The seminar took place on July 24 in The Hague. Included among invited Iranian participants at the Pugwash event were: Ali Samareh, an Ahmadinejad adviser, and Ambassador Reza Ziaran. American participants included Rep. Rush Holt and Stanford's Siegfried Hecker."},
			"Ali Samareh - Rush Holt 2007-07-24; Ali Samareh - Siegfried Hecker 2007-07-24; Reza Ziaran - Rush Holt 2007-07-24; Reza Ziaran - Siegfried Hecker 2007-07-24"},
		// The leader a side list's head names ("was led by X and
		// included") is one of the side.
		70: {"MEETING", []string{"The talks took place on July 24. The Mexican side was led by MG Jaime Lopez and included Col. Juan Juarez and Alejandro Negrin. The U.S. side included Defense Attache Col. Dan Alabre and Political Minister Counselor Gustavo Delgado."},
			"Alejandro Negrin - Dan Alabre 2007-07-24; Alejandro Negrin - Gustavo Delgado 2007-07-24; Dan Alabre - Jaime Lopez 2007-07-24; Dan Alabre - Juan Juarez 2007-07-24; Gustavo Delgado - Jaime Lopez 2007-07-24; Gustavo Delgado - Juan Juarez 2007-07-24"},
		// "Among ... were": a side list's head, however long.
		71: {"MEETING", []string{"British Ambassador Geoffrey Adams met with U.S. officials in Baghdad on July 24. Among those present on the U.S. side at various briefings were Ambassador Crocker and Special Advisor David Pearce."},
			"Crocker - Geoffrey Adams 2007-07-24; David Pearce - Geoffrey Adams 2007-07-24"},
		// The subject line tells the meeting and gives no day: the body's
		// retelling of it with both people gives it, though that sentence
		// proposes no pair of its own (its opening words hide its
		// meeting phrase).
		72: {"GENERAL PETRAEUS' MEETING WITH DEFENSE MINISTER TANTAWI", []string{"Key Points: -- (S/NF) During a July 19 meeting with CENTCOM Commander General Petraeus, Minister of Defense Hussein Tantawi discussed bilateral military cooperation."},
			"Hussein Tantawi - Petraeus 2007-07-19"},
		// "his" is the subject's, not that of a name in an "of" phrase
		// between them.
		73: {"MEETING", []string{"On July 19, a pale and hesitant Medvedev, with none of the bravado of Putin, was pushed forward, with televised coverage of his opening remarks following a meeting with Defense Minister Serdyukov."},
			"Dmitry Medvedev - Serdyukov 2007-07-19"},
		// Two people after "with" are one side of a meeting that is not
		// told; two people who open the main clause met.
		74: {"MEETING", []string{"During a visit to the Vatican on July 27, the GOB requested a meeting with Italian President Napolitano and PM Berlusconi."}, ""},
		75: {"MEETING", []string{"During a cordial meeting on July 27, WHA Assistant Secretary Arturo Valenzuela and Foreign Minister Miguel Moratinos discussed Cuba."},
			"Arturo Valenzuela - Miguel Moratinos 2007-07-27"},
		// A possessive in an opening phrase is the main clause's subject,
		// not the person of the sentence before.
		76: {"MEETING", []string{"Prem Tinsulanonda spoke at the forum.", "Citing his own regular meetings with King Bhumibol, Samak claimed he was loyal."},
			"Bhumibol - Samak "},
		77: {"MEETING", []string{"Ambassador Wolcott spoke to the press.", "During his July 3 visit to Damascus, President Sarkozy told Syrian President Bashar al-Asad that Syria must act."},
			"Bashar al-Assad - Nicolas Sarkozy 2007-07-03"},
		// A letter that ends a list ("reftels A, B, and C.") ends its
		// sentence, so "he" is the subject before it, not the last name;
		// a name with a possessive after an opening phrase is its "his".
		78: {"MEETING", []string{"Undersecretary Jaguaribe gave Ambassador Wolcott the Iranian view on the points made in reftels A, B, and C. While in Iran, he met with Foreign Minister Manouchir Mottaki.", "In his meeting with Ambassador Wolcott, Jaguaribe's core message was the same."},
			"Jaguaribe - Manouchir Mottaki ; Jaguaribe - Wolcott "},
		// "he" is not a name that qualifies a noun ("the Cadena
		// decision"), which tells a topic. (A discussion he reports needs
		// an occasion in person, here the lunch.)
		79: {"MEETING", []string{"The committee granted refugee status to Francisco Antonio Cadena Collazos, Under Secretary Antonio Patriota said.", "Patriota did not know the details of the Cadena decision, but said he had discussed it with Foreign Minister Amorim over lunch."},
			"Antonio Patriota - Celso Amorim "},
		// The subject after a meeting phrase may be described first, and
		// may speak to the other with words between them; not a noun's
		// object, nor a name in an apposition.
		80: {"MEETING", []string{"In a May 6 meeting with Ambassador Wolcott, a relaxed and self-assured Arun Jaitley predicted that the BJP would win."},
			"Arun Jaitley - Wolcott 2007-05-06"},
		81: {"MEETING", []string{"Aleksandr Lebedev owns the paper.", "In an April 22 meeting, Lebedev -- unconvincingly -- told Ambassador Wolcott that he was unaware of the controversy."},
			"Aleksandr Lebedev - Wolcott 2007-04-22"},
		82: {"MEETING", []string{"During a lunch hosted by Ambassador Wolcott with members of the PP committee, the guests recognized Mariano Rajoy was behind in the polls.", "In a September 4 meeting with Jorge Moragas, a close advisor to Mariano Rajoy, Ambassador Wolcott learned of the plans."},
			"Jorge Moragas - Wolcott 2007-09-04"},
		// The subject after the phrase may open with a participle, or be
		// two people and their verb.
		83: {"MEETING", []string{"In separate meetings July 7 with Finance Minister Gerrit Zalm and MFA Director General for Political Affairs Hugo Siblesz, visiting EB A/S Tony Wayne pressed for action."},
			"Gerrit Zalm - Tony Wayne 2007-07-07; Hugo Siblesz - Tony Wayne 2007-07-07"},
		84: {"MEETING", []string{"In a separate meeting with StaffDel Carl Meacham, Senators Miguel Pichetto and Guillermo Jenefes voiced support for the bill."},
			"Carl Meacham - Guillermo Jenefes ; Carl Meacham - Miguel Pichetto "},
		// Semicolons part the people of one list.
		85: {"MEETING", []string{"Kumaratunga spoke.", "During a two-day working visit President Chandrika Kumaratunga met with Prime Minister Manmohan Singh; President A.P.J. Abdul Kalam; and Sonia Gandhi."},
			"A.P.J. Abdul Kalam - Chandrika Kumaratunga ; Chandrika Kumaratunga - Manmohan Singh ; Chandrika Kumaratunga - Sonia Gandhi "},
		// "(Ref. B)" ends no sentence, and an aside with no one in it
		// before the list's "and" does not end the list; two men of one
		// family name and first given name are two people when their
		// second given names differ.
		86: {"MEETING", []string{"While in Bahrain February 26, U/S Stuart Levey also met with Foreign Minister Shaikh Khalid Bin Ahmed Al-Khalifa (Ref. B) and Minister of Justice Shaikh Khalid Bin Ali Bin Abdulla Al-Khalifa (Ref. C). He left."},
			"Khalid Bin Ahmed Al-Khalifa - Stuart Levey 2007-02-26; Khalid Bin Ali Bin Abdulla Al-Khalifa - Stuart Levey 2007-02-26"},
		// A party's faction ("Muslim League-N") is no person, nor does it
		// swallow the name before it.
		87: {"MEETING", []string{"UK Foreign Secretary David Miliband met with Chief of Army Staff General Kayani and Pakistani Muslim League-N (PML-N) leader Nawaz Sharif on September 3."},
			"David Miliband - Kayani 2007-09-03; David Miliband - Nawaz Sharif 2007-09-03"},
		// The first paragraph dates a meeting of one of the two with
		// people it does not name; a later paragraph names them.
		88: {"SUDAN", []string{"Special Envoy Richard Williamson held September 3 wide-ranging discussions with UK officials on Sudan.", "Williamson met with the Prime Minister's Senior Advisor Justin Forsyth and FCO Director Mark Lyall Grant."},
			"Justin Forsyth - Richard Williamson 2007-09-03; Mark Lyall Grant - Richard Williamson 2007-09-03"},
		// "the U.S. Ambassador to Bahrain, Adam Ereli,": no sentence end
		// after "U.S.", and "to Bahrain" a complement of the title.
		89: {"MEETING", []string{"In a July 22 meeting with Assistant Secretary of Defense Alexander Vershbow and the U.S. Ambassador to Bahrain, Adam Ereli, King Hamad of Bahrain was unwavering in his support."},
			"Adam Ereli - Hamad 2007-07-22; Alexander Vershbow - Hamad 2007-07-22"},
		// Two people after an opening "Meeting ..." who are the subject of
		// "met" did not meet each other.
		90: {"MEETING", []string{"Meeting May 26 in Islamabad, U.S. Representatives Adam Schiff and Allyson Schwartz met with PPP leader Asif Zardari."},
			"Adam Schiff - Asif Ali Zardari 2007-05-26; Allyson Schwartz - Asif Ali Zardari 2007-05-26"},
		// A name right after "said" opens what was said: no pair with
		// the speaker; "told" names the listener.
		91: {"MEETING", []string{"President Hugo Chavez spoke.", "In a conversation on August 30, Gertie Mulder, head of the MFA's South America Division, said Chavez was shocked by the reaction."},
			""},
		// "They" after a meeting of two or more on one side: those people.
		93: {"MEETING", []string{"AUSTR Shaun Donnelly and USTR Director Paul Burkhead visited.", "Donnelly, Burkhead and Poloff held a joint meeting on July 2 with Vitor Escaria, the Prime Minister's Economic Adviser. They also met separately on July 3 with Nuno Lucio, the Ministry of Economy's Deputy DG."},
			"Nuno Lucio - Paul Burkhead 2007-07-03; Nuno Lucio - Shaun Donnelly 2007-07-03; Paul Burkhead - Vitor Escaria 2007-07-02; Shaun Donnelly - Vitor Escaria 2007-07-02"},
		// Not when the sentence before paired one person.
		94: {"MEETING", []string{"AUSTR Shaun Donnelly and USTR Director Paul Burkhead visited.", "Donnelly met with Vitor Escaria, the Prime Minister's Economic Adviser, on July 2. They also met separately on July 3 with Nuno Lucio, the Ministry of Economy's Deputy DG."},
			"Shaun Donnelly - Vitor Escaria 2007-07-02"},
		// "The Pontiff" is the one Pope the cable names; those who
		// flanked an object came with it.
		95: {"MEETING", []string{"The crisis required intervention by Pope Benedict.", "Cardinal Sean Brady came to Rome on July 11 and met with the Pontiff, who was flanked by Cardinal Bertone, and four other Cardinals."},
			"Benedict - Sean Brady 2007-07-11; Bertone - Sean Brady 2007-07-11"},
		// "Their" is the people of its own clause, not those who told it.
		96: {"MEETING", []string{"While we understand both from Minister Bourita and from French Ambassador Joubert that French President Sarkozy planned to discuss Guinea with King Mohammed VI during their family dinner on September 17, there do not appear to have been any breakthroughs."},
			"Mohammed VI - Nicolas Sarkozy 2007-09-17"},
		97: {"MEETING", []string{"Foreign Minister Bourita and French Ambassador Joubert said that their dinner on September 17 had been useful."},
			"Bourita - Joubert 2007-09-17"},
		// The subject after an opening meeting phrase is the one an
		// owner's post names, not the owner.
		98: {"MEETING", []string{"Prime Minister Benjamin Netanyahu spoke.", "During a September 14 meeting with Senate staff members (Michael Kuiken, Senate Armed Services Committee, and Perry Cammack, Senate Committee on Foreign Relations), the Prime Minister's Director for Policy Planning Ron Dermer confirmed a solid relationship."},
			"Michael Kuiken - Ron Dermer 2007-09-14; Perry Cammack - Ron Dermer 2007-09-14"},
		// "as well as with" adds objects as "and with" does.
		99: {"MEETING", []string{"Ambassador Clint Williamson met on September 16 with Eric Chevallier and Sylvie Pantz, as well as with MFA Desk Officer for Strategic Affairs Camille Petit."},
			"Camille Petit - Clint Williamson 2007-09-16; Clint Williamson - Eric Chevallier 2007-09-16; Clint Williamson - Sylvie Pantz 2007-09-16"},
		// "a meeting of A, B, C and D": all of them met; not the one who
		// tells of it.
		100: {"MEETING", []string{"President Nicolas Sarkozy spoke.", "Minister Boillon dismissed the September 4 quad meeting of Sarkozy, al-Asad, Turkish PM Erdogan, and Qatari Emir al-Thani as a largely academic exchange of views, with little meaningful discussion."},
			"Nicolas Sarkozy - Recep Tayyip Erdogan 2007-09-04; Nicolas Sarkozy - al-Asad 2007-09-04; Nicolas Sarkozy - al-Thani 2007-09-04; Recep Tayyip Erdogan - al-Asad 2007-09-04; Recep Tayyip Erdogan - al-Thani 2007-09-04; al-Asad - al-Thani 2007-09-04"},
		// An aside inside a title of the list ("Education Minister
		// (recently named ...) Farouk Wardak") ends neither the list nor
		// gives the meeting its time.
		101: {"MEETING", []string{"Deputy Ambassador Ricciardone called on Presidential Chief of Staff Omer Daudzai, Education Minister (recently named as the Peace Jirga coordinator) Farouk Wardak and Agriculture Minister Rahimi on September 3."},
			"Farouk Wardak - Ricciardone 2007-09-03; Omer Daudzai - Ricciardone 2007-09-03; Rahimi - Ricciardone 2007-09-03"},
		// "Iran Desk officer" covers Iran: a US officer, so the team is
		// of one country and met those after the place's "with".
		102: {"MEETING", []string{"On September 14, ISN PDAS Patricia McNerney, ISN/RA Middle East Team Leader Kurt Kessler, ISN/CPI Director Tony Foley, NEA Iran Desk officer Sean Misko and embassy POL-MIL officer met at the Israeli MFA with an interagency team led by MFA DDG for Strategic Affairs, Miriam Ziv, to exchange information on Iran."},
			"Kurt Kessler - Miriam Ziv 2007-09-14; Miriam Ziv - Patricia McNerney 2007-09-14; Miriam Ziv - Sean Misko 2007-09-14; Miriam Ziv - Tony Foley 2007-09-14"},
		// "They" that is no clause's first word, or whose meeting names
		// no one, makes no pair; nor are those it stands for paired
		// together.
		103: {"MEETING", []string{"Ambassador Craig Stapleton and DCM Mark Jones met with Finance Minister Paul Brown on May 3. They met again on May 10."},
			"Craig Stapleton - Paul Brown 2007-05-03; Mark Jones - Paul Brown 2007-05-03"},
		104: {"MEETING", []string{"Ambassador Craig Stapleton and DCM Mark Jones met with Finance Minister Paul Brown on May 3. The two Iranian diplomats had arrived on May 1; they met with President Chirac on May 2."},
			"Craig Stapleton - Paul Brown 2007-05-03; Mark Jones - Paul Brown 2007-05-03"},
		// A long aside after a name is no part of a list: the name after
		// its "and" opens a new clause.
		105: {"MEETING", []string{"Ambassador Wood met President Karzai (septel will report on the rest of the discussion) and Foreign Minister Spanta later briefed the DCM on September 3."},
			"Hamid Karzai - Wood 2007-09-03"},
		// "They" in a reported or a subordinate clause is someone else.
		107: {"MEETING", []string{"Ambassador Craig Stapleton and DCM Mark Pekala met Foreign Minister Bernard Kouchner on May 3. Asked about Iran, Kouchner said they had met with EU High Representative Javier Solana on May 1."},
			"Bernard Kouchner - Craig Stapleton 2007-05-03; Bernard Kouchner - Mark Pekala 2007-05-03"},
		108: {"MEETING", []string{"Ambassador Craig Stapleton and DCM Mark Pekala met Foreign Minister Bernard Kouchner on May 3. When the Iranian delegation arrived on May 4, they met with Kouchner's deputy Jean-Pierre Jouyet."},
			"Bernard Kouchner - Craig Stapleton 2007-05-03; Bernard Kouchner - Mark Pekala 2007-05-03"},
		// "as well as with" in a relative clause is not the meeting's.
		109: {"MEETING", []string{"Ambassador Stapleton met on May 3 with Prime Minister Fillon, who is on good terms with Sarkozy as well as with Chancellor Merkel."},
			"Fillon - Stapleton 2007-05-03"},
		// "The Pope" of 2007 is not John Paul II, whom the cable recalls.
		110: {"MEETING", []string{"Pope John Paul II had visited Cuba in 1998. On May 3, Cardinal Jaime Ortega met with the Pope in Rome."},
			""},
		92: {"MEETING", []string{"President Hugo Chavez spoke.", "In a meeting on August 30, Gertie Mulder, head of the MFA's South America Division, told Chavez the reaction was strong."},
			"Gertie Mulder - Hugo Chavez 2007-08-30"},
	}
	x := Extractor{RulesOnly: true} // the sentence rules, before the pair model decides
	for i, tt := range tests {
		got := strings.Join(metPairs(x.Extract(cableOf(t, tt.subject, tt.paras...))), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestAlsoAttended: "X also participated" after a meeting sentence joins
// the side whose people share X's country, and meets the other side; a
// newcomer of neither side's country, or of both, stays out.
func TestAlsoAttended(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Linda Jewell", "MEETING",
		"The Ambassador met with Ecuadorian President Correa at his request on July 3. Ecuadorian Foreign Minister Maria Isabel Salvador also participated.",
		"Ambassador Jewell hosted French businessman Arnaud Lagardere for lunch on July 18. US Consul Mike Smith also attended.",
		"Ambassador Jewell met Peruvian Minister Luis Gomez on July 19. Chilean Ambassador Pedro Vial also attended.")
	got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	want := "Arnaud Lagardere - Linda Jewell 2007-07-18; Arnaud Lagardere - Mike Smith 2007-07-18; Correa - Linda Jewell 2007-07-03; Linda Jewell - Luis Gomez 2007-07-19; Linda Jewell - Maria Isabel Salvador 2007-07-03"
	if got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// "Also in the meeting for the Foreign Ministry were A and B": the
	// ministry's side, whatever their titles say ("North American Affairs
	// officer"), and not each other's partners ("Bilateral" is no meeting
	// here). From 09QUITO704.
	c = cableClassifiedBy(t, "Ambassador Heather M. Hodges", "MEETING",
		"On August 5, the Ambassador met with Foreign Minister Fander Falconi. Also in the meeting for the Foreign Ministry were Under Secretary for Bilateral Affairs, Jorge Orbe, and North American Affairs officer Cristina Camacho.")
	got = strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	want = "Cristina Camacho - Heather M. Hodges 2007-08-05; Fander Falconi - Heather M. Hodges 2007-08-05; Heather M. Hodges - Jorge Orbe 2007-08-05"
	if got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestAccompaniedAndJoined: "A and B accompanied him" and "X was joined
// by C and D" after a meeting sentence add people to its sides: the
// companions to the side of the one whose country a companion shares, the
// joiners to the side of the one they joined.
func TestAccompaniedAndJoined(t *testing.T) {
	c := cableOf(t, "MEETING", "Congressman Gregory Meeks visited Peru on July 2 to 4. Peruvian President Toledo received Congressman Meeks at his home on July 3. The Congressman's Legislative Director, Sophia King, and Ambassador Curt Struble accompanied him. The President was joined by his Minister of Foreign Trade and Tourism, Alfredo Ferrero, and by First Lady Eliane Karp.")
	got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	want := "Alfredo Ferrero - Curt Struble 2007-07-03; Alfredo Ferrero - Gregory Meeks 2007-07-03; Alfredo Ferrero - Sophia King 2007-07-03; Curt Struble - Eliane Karp 2007-07-03; Curt Struble - Toledo 2007-07-03; " +
		"Eliane Karp - Gregory Meeks 2007-07-03; Eliane Karp - Sophia King 2007-07-03; Gregory Meeks - Toledo 2007-07-03; Sophia King - Toledo 2007-07-03"
	if got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// "accompanied <name>": the companions join that person's side;
	// "also attended the meeting" joins as "also attended" does.
	c = cableOf(t, "MEETING", "On July 22, Assistant Secretary Tom Shannon met with Brazilian Ambassador Vera Machado in Salvador. US Consul Mike Smith also attended the meeting. Brazilian Director Gilda Motta Santos Neves and Brazilian Chief of Staff Alexandre Ghisleni accompanied Machado.")
	got = strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	want = "Alexandre Ghisleni - Mike Smith 2007-07-22; Alexandre Ghisleni - Tom Shannon 2007-07-22; Gilda Motta Santos Neves - Mike Smith 2007-07-22; Gilda Motta Santos Neves - Tom Shannon 2007-07-22; Mike Smith - Vera Machado 2007-07-22; Tom Shannon - Vera Machado 2007-07-22"
	if got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestSubjectReport: a cable whose subject line tells of one person's
// conversations ("SPECIAL ENVOY C. BOYDEN GRAY DISCUSSES ...", "U/S
// LEVEY PROMOTES ...") reports them: "X told SE Gray" in the body is one;
// a telephone call is not, nor a "told" between two others.
func TestSubjectReport(t *testing.T) {
	tests := []struct {
		subject string
		paras   []string
		want    string
	}{
		{"ENERGY: SPECIAL ENVOY C. BOYDEN GRAY DISCUSSES CASPIAN ENERGY", []string{
			"Sergio Garribba, Energy Advisor to Minister Scajola, told SE Gray that ENI had problems.",
			"Edison's CEO Umberto Quadrino explained to SE Gray by telephone that the plan would change.",
			"Minister Scajola told Sergio Garribba that he would go to Greece."},
			"Boyden Gray - Sergio Garribba "},
		{"U/S LEVEY PROMOTES CHARITIES CONFERENCE", []string{
			"Minister of Social Development Fatima Al-Belooshi told U/S Levey that her ministry remains committed."},
			"Fatima Al-Belooshi - Levey "},
	}
	for i, tt := range tests {
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(cableOf(t, tt.subject, tt.paras...))), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestParticipantsAtTheEnd: a participant list at the end of the cable
// takes the day the summary gives the meeting, one person written with
// the given names swapped is still one person, and the signature after
// the list is no participant.
func TestParticipantsAtTheEnd(t *testing.T) {
	c := cableOf(t, "MEETING",
		"Summary: In a July 16 meeting with President Asif Ali Zardari, Senator John Kerry urged talks with India.",
		"Participants:\nUnited States\nSenator John Kerry\nAmbassador Anne Patterson\nPakistan\nPresident Ali Asif Zardari\nInterior Minister Rehman Malik")
	got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	want := "Anne Patterson - Asif Ali Zardari 2007-07-16; Anne Patterson - Rehman Malik 2007-07-16; Asif Ali Zardari - John Kerry 2007-07-16; John Kerry - Rehman Malik 2007-07-16"
	if got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestParticipantsOneLine: a participant list run into one line has its
// sides' headers inside it ("U.S: ... Bahrain: ..."), and the title of one
// of its people ("Bahrain Ambassador to U.S. Huda Nunu") names no one
// else; a "Dr." in a list of objects does not end it.
func TestParticipantsOneLine(t *testing.T) {
	for i, tt := range []struct {
		paras []string
		want  string
	}{
		{[]string{"Summary: On July 16 the Ambassador hosted a dinner.",
			"Participants: U.S: PM Assistant Secretary Andrew Shapiro Major David Burke (notetaker) Bahrain: Minister of State Dr. Shaikh Mohammed bin Abdulla Al Khalifa Bahrain Ambassador to U.S. Huda Nunu"},
			"Andrew Shapiro - Huda Nunu 2007-07-16; Andrew Shapiro - Mohammed bin Abdulla Al Khalifa 2007-07-16; David Burke - Huda Nunu 2007-07-16; David Burke - Mohammed bin Abdulla Al Khalifa 2007-07-16"},
		{[]string{"PM A/S Shapiro and ASD Vershbow met with Bahrain's Minister of State for Defense Affairs, Dr. Sheikh Mohammed bin Abdulla Al Khalifa, on the margins of the Manama Dialogue on December 12."},
			"Mohammed bin Abdulla Al Khalifa - Shapiro 2006-12-12; Mohammed bin Abdulla Al Khalifa - Vershbow 2006-12-12"},
	} {
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(cableClassifiedBy(t, "Ambassador Thomas White", "MEETING", tt.paras...))), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestSideCountries: a person the text gives no country takes that of the
// others on their side of a meeting (not the host's), and the bare titles
// of US officials ("Deputy Secretary") make them American.
func TestSideCountries(t *testing.T) {
	c := cableOf(t, "MEETING", "On July 20, Vice President-elect Smith and Ambassador Wolcott met Russian Foreign Minister Lavrov and Vice Minister Ivanov in Paris.",
		"Deputy Secretary Jones said on July 21 that the talks had gone well.")
	res := (&Extractor{}).Extract(c)
	want := map[string]string{"Smith": "US", "Wolcott": "US", "Sergey Lavrov": "RU", "Ivanov": "RU", "Jones": "US"}
	for _, e := range res.Entities {
		if w, ok := want[e.Name]; ok {
			if e.Country != w {
				t.Errorf("%s: country %q, want %q", e.Name, e.Country, w)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("people not found: %v", want)
	}
}

// TestHeadlineFragments: the verbs and nouns of headlines are not part of
// the names before them ("Clinton Holds", "Graham Discuss", "Mangal
// Presentation"), nor does a title go with the object of a headline's
// verb after it ("Chief Minister Puts Dow Project on Hold"; "Chief Minister
// Meets Sharad Pawar" names Pawar), and capitalised common
// words and jargon are no name ("Key Elements", "Classified Web Site",
// "Pol-Econ Chief", "NATO PermReps").
func TestHeadlineFragments(t *testing.T) {
	c := cableOf(t, "SECRETARY CLINTON HOLDS TALKS; BIDEN AND GRAHAM DISCUSS SECURITY",
		"Senator Graham and Vice President Biden met Governor Mangal on July 20. Mangal Presentation to Biden and Graham was brief.",
		"Key Elements of the plan were discussed. The press said the report Paints Worrisome Picture.",
		"Visit Paris' Classified Web Site at http://www.state.sgov.gov/p/eur/paris",
		"Maharashtra Chief Minister Puts Dow Project on Hold", "Minister Antonio Alarcon reiterated that position in a follow-up conversation with Pol-Econ Counselor on September 2.",
		"Under Secretary Eric Edelman used his June 5 meeting with NATO PermReps to brief them.",
		"Maharashtra Chief Minister Meets Sharad Pawar on Dow Project", "Maharashtra Chief Minister Holds Talks with Narendra Modi")
	pawar := false
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type != Person {
			continue
		}
		pawar = pawar || e.Name == "Sharad Pawar"
		for _, w := range []string{"Holds", "Discuss", "Presentation", "HOLDS", "DISCUSS", "Elements", "Worrisome", "Web Site", "Puts", "Dow", "Pol-Econ", "PermReps"} {
			if strings.Contains(e.Name, w) {
				t.Errorf("person %q holds the headline word %q", e.Name, w)
			}
			for _, a := range e.Aliases {
				if strings.Contains(a, w) {
					t.Errorf("person %q has the alias %q", e.Name, a)
				}
			}
		}
	}
	if !pawar {
		t.Error("no person Sharad Pawar: the object of a headline's verb is still a person")
	}
}

// TestClassifierIsTheAmbassador: "the Ambassador" of a cable that names
// other ambassadors is the one its Classified By line names with that
// title (GOLD-FORMAT.md's rule for role words).
func TestClassifierIsTheAmbassador(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Ryan C. Crocker", "MEETING",
		"Ambassador Ruperez of the European Union said the EU was weak.",
		"In a July 20 meeting, the Ambassador presented Foreign Secretary Riaz Khan with a report.")
	got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	if want := "Riaz Khan - Ryan C. Crocker 2007-07-20"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestTitleOpensClause: a title after a comma that a verb follows is the
// subject of a new clause, not an apposition of the name before it ("In a
// meeting with Al-Attiyah, Ambassador raised ..." made Al-Attiyah an
// ambassador, and hid the meeting).
func TestTitleOpensClause(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Joseph E. LeBaron", "MEETING",
		"At a September 18 meeting with MFA Minister of State for International Cooperation Khalid Al-Attiyah, Ambassador raised strong concerns.",
		"Al-Attiyah said that Qatar had been asked to act. Ali Ahmed, Minister of Finance, said so too.")
	res := (&Extractor{RulesOnly: true}).Extract(c)
	if got, want := strings.Join(metPairs(res), "; "), "Joseph E. LeBaron - Khalid Al-Attiyah 2007-09-18"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	for _, e := range res.Entities {
		switch e.Name {
		case "Khalid Al-Attiyah":
			if slices.Contains(e.Titles, "Ambassador") {
				t.Errorf("%s has the title Ambassador: %v", e.Name, e.Titles)
			}
		case "Ali Ahmed":
			if !slices.Contains(e.Titles, "Minister of Finance") {
				t.Errorf("%s lost the title in apposition: %v", e.Name, e.Titles)
			}
		}
	}
}

// TestClassifierRoleSpellings: the Classified By line writes the role one
// way ("PolMC") and the text another ("POL M/C"); both are the same role.
func TestClassifierRoleSpellings(t *testing.T) {
	c := cableClassifiedBy(t, "PolMC Josiah Rosenblatt", "MEETING", "POL M/C met on July 20 with UK Embassy DCM Tim Hitchens for a readout.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Josiah Rosenblatt - Tim Hitchens 2007-07-20"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// "the CG" is the Consul General the Classified By line names; an
	// aside's "(Note:" does not hide the meeting phrase that opens it.
	c = cableClassifiedBy(t, "Consul General Karen Johnson", "MEETING",
		"In a meeting on July 14 with the CG, Deputy State Minister Christoph Ahlhaus clarified that the ban was hard.",
		"(Note: In a meeting on July 15, Deputy Minister Claire Roussel told CG Johnson that Berlin was trying. End note.)")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Christoph Ahlhaus - Karen Johnson 2007-07-14; Claire Roussel - Karen Johnson 2007-07-15"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// "Minister Counselor" written without its hyphen.
	c = cableClassifiedBy(t, "Political Minister Counselor Greg Berry", "MEETING", "FCO Director Karen Pierce previewed the offer in a meeting with POL MinCouns on July 16.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Greg Berry - Karen Pierce 2007-07-16"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// "EMIN" is the Economic Minister-Counselor, a title, not a name.
	c = cableClassifiedBy(t, "EMIN Marc Wall", "MEETING", "EMIN met MOFA State Secretary Tetsuro Fukuyama July 25.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Marc Wall - Tetsuro Fukuyama 2007-07-25"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// A consulate's Principal Officer is its ConGen.
	c = cableClassifiedBy(t, "Henry V. Jardine, Principal Officer, U.S. Consulate General Calcutta", "MEETING", "ConGen met Chief Minister Okram Ibobi Singh on August 22.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Henry V. Jardine - Okram Ibobi Singh 2007-08-22"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// An abbreviation's stop: "AMB." is the Ambassador.
	c = cableClassifiedBy(t, "AMB. JEFFREY J. LUNSTEAD", "MEETING", "In a July 16 conversation with the Ambassador, Foreign Minister Lakshman Kadirgamar said that it was nothing.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Jeffrey J. Lunstead - Lakshman Kadirgamar 2007-07-16"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestLowerCaseTitles: a title in apposition may start with words in
// lower case before its head ("longtime party spokesman"), but not with
// a verb ("hosting Ambassador ..."), and "a sales representative" is no
// member of the US Congress.
func TestLowerCaseTitles(t *testing.T) {
	c := cableOf(t, "MEETING",
		"Patrick Devedjian, longtime party spokesman, said the EU was weak.",
		"Huseyin Yelki, sales representative for Kayra, told Poloff the firm would grow.",
		"Prime Minister Siddhi, hosting Ambassador Wolcott, spoke of Iran.")
	titles, countries := map[string][]string{}, map[string]string{}
	for _, e := range (&Extractor{}).Extract(c).Entities {
		titles[e.Name], countries[e.Name] = e.Titles, e.Country
	}
	if ts := titles["Patrick Devedjian"]; !slices.ContainsFunc(ts, func(s string) bool { return strings.Contains(s, "party spokesman") }) {
		t.Errorf("Devedjian's titles %v lack the party spokesman", ts)
	}
	if c := countries["Huseyin Yelki"]; c == "US" {
		t.Errorf("Yelki, a sales representative, is American")
	}
	if ts := titles["Siddhi"]; slices.ContainsFunc(ts, func(s string) bool { return strings.Contains(s, "hosting") }) {
		t.Errorf("Siddhi's titles %v take a verb", ts)
	}
}

// TestTitlesWithOf: a minister's or secretary's title joined to its
// portfolio by "of" ("Minister of Foreign Affairs", "Minister of the
// Interior") is read before the name, and makes the name a person; a
// title whose "of" names a body is not read through it, so the body's
// last word is no person ("Director of the National Agrarian Institute"),
// nor is a title read through "of" after a complement ("Assistant
// Secretary of State for Western Hemisphere Affairs").
func TestTitlesWithOf(t *testing.T) {
	c := cableOf(t, "MEETING",
		"Minister of Foreign Affairs Moratinos said the EU was weak.",
		"Later, the Minister of the Interior Adly agreed with Minister of Defense Tantawi.",
		"The Director of the National Agrarian Institute said land reform would wait.",
		"Craig Kelly, Principal Deputy Assistant Secretary of State for Western Hemisphere Affairs, U.S. Dept. of State, said so.")
	titles := map[string][]string{}
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person {
			titles[e.Name] = e.Titles
		}
	}
	for name, want := range map[string]string{"Moratinos": "Minister of Foreign Affairs", "Adly": "Minister of the Interior", "Tantawi": "Minister of Defense"} {
		if ts, ok := titles[name]; !ok || !slices.Contains(ts, want) {
			t.Errorf("%s: titles %v (a person: %v), want %q; people %v", name, ts, ok, want, titles)
		}
	}
	for name := range titles {
		if strings.Contains(name, "Agrarian") || strings.Contains(name, "Institute") || strings.Contains(name, "Hemisphere") || strings.Contains(name, "Dept") {
			t.Errorf("%q, of the Institute's name, is a person", name)
		}
	}
}

// TestHostedMeal: those who gave a meal or held talks met their guests,
// when they are the subject of that verb; a verb that goes on a clause of
// another subject ("I met A, and also had discussions with B") is not
// theirs.
func TestHostedMeal(t *testing.T) {
	for i, tt := range []struct {
		para, want string
	}{
		{"Minister of the Presidency Rodrigo Arias and Vice President Laura Chinchilla hosted a lunch for the Ambassador on April 24.",
			"Laura Chinchilla - Thomas White 2007-04-24; Rodrigo Arias - Thomas White 2007-04-24"},
		{"Senators John McCain (R/AZ) and John Thune (R/SD) on January 5, 2007 held meetings with Iraqi President Jalal Talabani to discuss the election.",
			"Jalal Talabani - John McCain 2007-01-05; Jalal Talabani - John Thune 2007-01-05"},
		{"Senator Dodd, accompanied by Ambassador Gutierrez, held wide-ranging discussions with President Nestor Kirchner.",
			"Dodd - Nestor Kirchner ; Gutierrez - Nestor Kirchner "},
		{"Foreign Minister Amorim met Ambassador Gutierrez, and also had discussions with Justice Minister Bastos.",
			"Celso Amorim - Gutierrez "},
		// "a lunch for X with Y": the guest of honour sits with the host;
		// a group's members may follow its colon.
		{"The Ambassador hosted a lunch for DAS Christopher McMullen September 5 with seven senior Itamaraty officials: Under Secretary Vera Machado and South America II Department Head Clemente Baena Soares.",
			"Christopher McMullen - Clemente Baena Soares 2007-09-05; Christopher McMullen - Vera Machado 2007-09-05; Clemente Baena Soares - Thomas White 2007-09-05; Thomas White - Vera Machado 2007-09-05"},
		// "a lunch for X attended by Y": the same.
		{"The Ambassador hosted a subsequent lunch for Ambassador Sichan Siv on August 19 attended by Foreign Ministry Chief of Staff Antonio Patriota.",
			"Antonio Patriota - Sichan Siv 2007-08-19; Antonio Patriota - Thomas White 2007-08-19"},
		// A dated invitation to a meal the clause names further on.
		{"On September 20, Saudi Ambassador Adel al-Jubeir invited the Ambassador and his Staff Assistant (note taker) to his residence for lunch.",
			"Adel al-Jubeir - Thomas White 2007-09-20"},
	} {
		c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETINGS", tt.para)
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestJoinedTheMeeting: people who joined a meeting told before ("Also
// present were", "also sat in on the meeting", "The Minister was
// accompanied by", "who was accompanied by") meet its other side; the
// meeting may be the one the subject line tells.
func TestJoinedTheMeeting(t *testing.T) {
	for i, tt := range []struct {
		subject string
		paras   []string
		want    string
	}{
		{"MEETING", []string{"Ambassador Gutierrez met September 10 with Foreign Minister Rafael Bielsa. The MFA Director for North American Affairs, Ambassador Vicente Espeche Gil also sat in on the meeting."},
			"Gutierrez - Rafael Bielsa 2007-09-10; Gutierrez - Vicente Espeche Gil 2007-09-10"},
		{"MEETING", []string{"The Ambassador met February 10 with Minister of Culture Angeles Gonzalez-Sinde to discuss piracy. The Minister was accompanied by her Chief of Staff, Javier Bonilla, and Director General Guillermo Corral van Damme."},
			"Angeles Gonzalez-Sinde - Thomas White 2007-02-10; Guillermo Corral van Damme - Thomas White 2007-02-10; Javier Bonilla - Thomas White 2007-02-10"},
		// The meeting of the subject line, joined in a later paragraph.
		{"GENERAL PETRAEUS' MEETING WITH PRESIDENT SALEH", []string{"President Saleh spoke warmly of General Petraeus.", "Also present were Minister of Defense Muhammed Ali and Deputy Prime Minister Rashad al-Alimi."},
			"Ali Abdullah Saleh - Petraeus ; Muhammed Ali - Petraeus ; Petraeus - Rashad al-Alimi "},
		// "accompanied him" joins the subject line's meeting only when
		// "him" is one of its people.
		{"GENERAL PETRAEUS' MEETING WITH PRESIDENT SALEH", []string{"President Saleh spoke warmly of General Petraeus.", "When Prime Minister Gordon Brown's visit continued in Aden, Foreign Minister Abu Bakr al-Qirbi accompanied him."},
			"Ali Abdullah Saleh - Petraeus "},
		// The companions of the meeting's other side, in its sentence;
		// an hour written "5 a.m." does not end the verb's phrase.
		{"MEETING", []string{"WHA A/S Thomas Shannon, accompanied by INL PDAS John McGlynn and the Ambassador, met at 5 a.m. on July 23 with Bolivian President Evo Morales, who was accompanied by Foreign Minister David Choquehuanca."},
			"David Choquehuanca - John McGlynn 2007-07-23; David Choquehuanca - Thomas Shannon 2007-07-23; David Choquehuanca - Thomas White 2007-07-23; Evo Morales - John McGlynn 2007-07-23; Evo Morales - Thomas Shannon 2007-07-23; Evo Morales - Thomas White 2007-07-23"},
		// "In a separate meeting, X said", no one else named: X met the
		// US visitor of the meeting just told; not when no side of it is
		// American.
		{"MEETING", []string{"During a September 9 meeting with CENTCOM Commander General David Petraeus, Minister of Defense Tantawi discussed cooperation. During a separate meeting, Chief of Staff Lieutenant General Sami Enan shared his views on the conference."},
			"David Petraeus - Sami Enan 2007-09-09; David Petraeus - Tantawi 2007-09-09"},
		{"MEETING", []string{"On September 9 President Hosni Mubarak met Israeli Prime Minister Ehud Olmert. During a separate meeting, Chief of Staff Lieutenant General Sami Enan shared his views on the conference."},
			"Ehud Olmert - Hosni Mubarak 2007-09-09"},
		// Companions are one party: no pair among them.
		{"MEETING", []string{"WHA A/S Thomas Shannon, accompanied by INL PDAS John McGlynn and the Ambassador, met."}, ""},
		// A semicolon parts the two sides of "a meeting between".
		{"MEETING", []string{"The consultations began with a small meeting between FonMin Bruno Stagno and the MFA's Antonio Alarcon; Ambassador Peter Cianchette and Acting A/S Brian Hook."},
			"Antonio Alarcon - Brian Hook ; Antonio Alarcon - Peter Cianchette ; Brian Hook - Bruno Stagno ; Bruno Stagno - Peter Cianchette "},
	} {
		c := cableClassifiedBy(t, "Ambassador Thomas White", tt.subject, tt.paras...)
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestRoleHolders: a role word names the one person who holds it: a
// political officer only when the Classified By line names them by that
// role, an ambassador of another country (by the country word before the
// role) only that country's; and a summons may be told in the passive.
func TestRoleHolders(t *testing.T) {
	for i, tt := range []struct {
		by, para, want string
	}{
		{"Political Officer Chris Zimmer", "Chief State Prosecutor Mladen Bajic met with RSO and Poloff on September 2 to outline the investigation.",
			"Chris Zimmer - Mladen Bajic 2007-09-02"},
		{"Ambassador Thomas White", "Chief State Prosecutor Mladen Bajic met with RSO and Poloff on September 2 to outline the investigation.", ""},
		{"CDA Shari Villarosa", "Chinese Ambassador Guan Mu spoke at the reception. Charge hosted the Chinese Ambassador for lunch on September 17.",
			"Guan Mu - Shari Villarosa 2007-09-17"},
		{"Ambassador Thomas White", "Calderon met with the Spanish Ambassador on September 1.", ""},
		// A host government's officer with an ambassador's rank is not
		// "the Ambassador" of the cable.
		{"Deputy Chief of Mission Gerald Feierstein", "National Security Advisor Ambassador Mahmud Ali Durrani spoke. The Ambassador met with PM Yousuf Gilani on September 11.", ""},
		{"Ambassador Thomas White", "On September 19, Ambassador Roland Arnall was summoned to the Ministry of Foreign Affairs to receive an urgent message from Foreign Minister Maxime Verhagen.",
			"Maxime Verhagen - Roland Arnall 2007-09-19"},
	} {
		c := cableClassifiedBy(t, tt.by, "MEETINGS", tt.para)
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestListTitleComplement: in a list of people, the one a title serves
// ("Advisor to Deputy Foreign Minister Guimaraes", "Assistant to Marco
// Aurelio Garcia") and an owner ("President Lula's foreign policy
// adviser") are part of a title, not people of the list; the list reads
// on past them.
func TestListTitleComplement(t *testing.T) {
	for i, tt := range []struct {
		para, want string
	}{
		{"The Ambassador met August 25 with Under Secretary Vera Machado, Pol/Mil Advisor to Deputy Foreign Minister Guimaraes Ambassador Marcos Pinta Gama, and Policy Planning Director Hermano Telles Ribeiro.",
			"Hermano Telles Ribeiro - Thomas White 2007-08-25; Marcos Pinta Gama - Thomas White 2007-08-25; Thomas White - Vera Machado 2007-08-25"},
		{"On August 25, Staffdel Lewis met with Ambassador Marcel Biato, Assistant to Marco Aurelio Garcia, President Lula's foreign policy adviser.",
			"Lewis - Marcel Biato 2007-08-25"},
		{"The Ambassador met on August 25 with Foreign Minister Celso Amorim and President Lula's foreign policy adviser Marco Aurelio Garcia.",
			"Celso Amorim - Thomas White 2007-08-25; Marco Aurelio Garcia - Thomas White 2007-08-25"},
		// The owner first in the list: "with Prime Minister Berlusconi's
		// Chief of Staff Gianni Letta".
		{"The Ambassador met on August 25 with Prime Minister Berlusconi's Chief of Staff Gianni Letta.",
			"Gianni Letta - Thomas White 2007-08-25"},
	} {
		c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETINGS", tt.para)
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestTheirMeeting: "their meeting" opening a sentence is the meeting of
// the two people the sentence names, when it names exactly two outside
// parentheses and what was said; not "their respective meetings".
func TestTheirMeeting(t *testing.T) {
	for i, tt := range []struct {
		para, want string
	}{
		{"At their August 25 meeting in Cardiff, outgoing First Minister Rhodri Morgan, who has held the post for ten years, provided a read-out to the Ambassador of the recent convention.",
			"Rhodri Morgan - Thomas White 2007-08-25"},
		{"In their respective meetings, Duma Defense Committee Chairman Zavarzin and Security Council Deputy Secretary Baluyevskiy agreed that Iran is a concern.",
			""},
		{"In their first meeting, National Security Adviser Muatassim al-Qadhafi (son of Muammar al-Qadhafi) and Deputy Secretary Steinberg discussed the visit.",
			"Mutassim Qadhafi - Steinberg "},
		{"During their August 30 meeting, Yabloko leader Alexey Arbatov told the Ambassador's guest that his party sent a letter to President Medvedev.",
			""},
	} {
		c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETINGS", tt.para)
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestCompanionsJoinTheMeeting: people who accompanied one side of a
// meeting told before ("A and B of the presidential administration
// accompanied President Nazarbayev") join that meeting, so they met the
// whole other side, its people a later list names too ("The U.S. side
// included ...").
func TestCompanionsJoinTheMeeting(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETING",
		"CENTCOM Commander General David Petraeus met with Kazakhstan's President Nursultan Nazarbayev on January 14. The U.S. side included Major General Robert Allardice and POLAD Michael Gfoeller. Security Council Secretary Kaibek Suleymenov and Magzhan Ilyassov of the presidential administration accompanied President Nazarbayev.")
	got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	want := "David Petraeus - Kaibek Suleymenov 2007-01-14; David Petraeus - Magzhan Ilyassov 2007-01-14; David Petraeus - Nursultan Nazarbayev 2007-01-14; " +
		"Kaibek Suleymenov - Michael Gfoeller 2007-01-14; Kaibek Suleymenov - Robert Allardice 2007-01-14; Magzhan Ilyassov - Michael Gfoeller 2007-01-14; " +
		"Magzhan Ilyassov - Robert Allardice 2007-01-14; Michael Gfoeller - Nursultan Nazarbayev 2007-01-14; Nursultan Nazarbayev - Robert Allardice 2007-01-14"
	if got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestTopicThenWith: a meeting noun may name its topic before its other
// side ("a discussion on the current U.S. approach toward the Western
// Sahara dispute with ..."), and a group in a list may name its members
// after "including".
func TestTopicThenWith(t *testing.T) {
	for i, tt := range []struct {
		para, want string
	}{
		{"On April 19, DAS Gordon Gray held an in-depth discussion on the current U.S. approach toward the Western Sahara dispute with MFA DG Alvaro Iranzo.",
			"Alvaro Iranzo - Gordon Gray 2007-04-19"},
		{"On April 19, DAS Gordon Gray met with MFA DG Alvaro Iranzo, and a team of experts from MFA's Middle East and UN divisions including Juan Manuel Linares, Deputy Director General for the UN, and Felix Costales, Deputy Political Director.",
			"Alvaro Iranzo - Gordon Gray 2007-04-19; Felix Costales - Gordon Gray 2007-04-19; Gordon Gray - Juan Manuel Linares 2007-04-19"},
		// "officials, including A and B": the comma before "including".
		{"On April 19, EUR A/S Volker held in-depth discussions with Dutch interagency representatives, including MFA Deputy Director General Wim Geerts and MFA Director of Security Policy Robert de Groot.",
			"Robert de Groot - Volker 2007-04-19; Volker - Wim Geerts 2007-04-19"},
		// No "with" after the topic within the clause: no meeting.
		{"On April 19, DAS Gordon Gray gave a speech on the current U.S. approach, and MFA DG Alvaro Iranzo replied.",
			""},
	} {
		c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETINGS", tt.para)
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestListThenWith: after a meeting phrase, the list that is the clause's
// subject met the people after its verb's "with"; and "their visit" is no
// meeting of its own people.
func TestListThenWith(t *testing.T) {
	for i, tt := range []struct {
		para, want string
	}{
		{"In a series of meetings on September 18 at the ICTY, President Meron, Chief Prosecutor Del Ponte, and Registrar Holthuis struck consistent themes with Ambassador-at-Large Pierre Prosper and EUR DAS Kathy Stephens.",
			"Del Ponte - Kathy Stephens 2007-09-18; Del Ponte - Pierre Prosper 2007-09-18; Holthuis - Kathy Stephens 2007-09-18; Holthuis - Pierre Prosper 2007-09-18; Kathy Stephens - Meron 2007-09-18; Meron - Pierre Prosper 2007-09-18"},
		// What was said is no meeting: "agreed with".
		{"In a meeting on September 18, President Meron said he agreed with Ambassador-at-Large Pierre Prosper.",
			""},
		{"Ambassador Prosper joined by EUR DAS Stephens and EUR/SCE officer Jennifer Mitchell opened their visit by meeting with Chief Prosecutor Carla Del Ponte on September 18.",
			"Carla Del Ponte - Jennifer Mitchell 2007-09-18; Carla Del Ponte - Prosper 2007-09-18; Carla Del Ponte - Stephens 2007-09-18"},
	} {
		c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETINGS", tt.para)
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestGroupJoins: in the sentence after a meeting's, a person of the
// meeting who brought a group ("had assembled an eager group ...
// including A, B") brings its named members to their side.
func TestGroupJoins(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETING",
		"Senators John McCain and Joseph Lieberman met March 20 with Conservative leader David Cameron in his House of Commons office. Cameron had assembled an eager group from his front bench including Shadow Foreign Secretary William Hague and Shadow Chancellor George Osborne.")
	got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
	want := "David Cameron - John McCain 2007-03-20; David Cameron - Joseph Lieberman 2007-03-20; George Osborne - John McCain 2007-03-20; George Osborne - Joseph Lieberman 2007-03-20; " +
		"John McCain - William Hague 2007-03-20; Joseph Lieberman - William Hague 2007-03-20"
	if got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestShortFormsAndAppositions: a short form defined after an Arabic name
// may leave out the family name ("Mohammad bin Rashid Al Maktoum (MbR)"),
// and is the full name's even where the names reader took it for a name
// of its own; the title of the last person of a list is no other person
// ("(MbR), Vice President and Prime Minister of the UAE"); a possessive
// before a dated meeting owns it ("Secretary Clinton's April 7, 2009
// meeting with ...").
func TestShortFormsAndAppositions(t *testing.T) {
	for i, tt := range []struct {
		subject string
		para    string
		want    string
	}{
		{"MEETING", "Senator Joseph Lieberman met with Sheikh Mohammad bin Rashid Al Maktoum (MbR), Vice President and Prime Minister of the UAE and Ruler of Dubai, on 29 May. MbR voiced support for US policy in Iraq. MbR said Iran was a threat. MbR also talked about Dubai. Prime Minister al-Maliki was not mentioned.",
			"Joseph Lieberman - Mohammad bin Rashid Al Maktoum 2007-05-29"},
		{"SECRETARY CLINTON'S MEETING", "Secretary Clinton's April 7, 2007 meeting with UAE Foreign Minister Sheikh Abdullah bin Zayed covered Iran.",
			"Abdullah bin Zayed - Clinton 2007-04-07"},
	} {
		c := cableClassifiedBy(t, "Ambassador Thomas White", tt.subject, tt.para)
		res := (&Extractor{RulesOnly: true}).Extract(c)
		if got := strings.Join(metPairs(res), "; "); got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
		for _, e := range res.Entities {
			if e.Type == Person && e.Name == "MbR" {
				t.Errorf("%d. MbR is a person of its own", i)
			}
		}
	}
}

// TestListRolesAndShortHeaders: a bare role after a list's comma is a
// person of the list, not an apposition ("McCain, Ambassador, and
// PolCouns"); a short side line with its own colon ("Lebanon: Speaker
// Berri") opens one side, not two.
func TestListRolesAndShortHeaders(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETING",
		"On September 18, Foreign Minister Moratinos met with Senator John McCain, Ambassador, and PolCouns.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "John McCain - Moratinos 2007-09-18; Moratinos - Thomas White 2007-09-18"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// A meeting phrase between a subject and its verb: "SUMMARY: CODEL
	// Cardin, in a February 18 meeting with ..., conveyed"; "in a 1/10
	// meeting".
	c = cableClassifiedBy(t, "Political Counselor Alexander Margulies", "MEETING",
		"SUMMARY: Lima Mayor Luis Castaneda, in a 1/10 meeting with Polcouns, characterized the appeal as sentiment.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Alexander Margulies - Luis Castaneda 2007-01-10"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	// A role as subject after the phrase, with a post no one names:
	// "..., Ambassador and OMC Chief stressed".
	c = cableClassifiedBy(t, "Ambassador Margaret Scobey", "MEETING",
		"During a January 11 meeting with Field Marshal Tantawi, Ambassador and OMC Chief stressed the importance of working together.")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Margaret Scobey - Tantawi 2007-01-11"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
	c = cableOf(t, "MEETING", "Summary: On July 16 the Speaker reviewed the elections.",
		"Participants:\nLebanon: Speaker Berri\nU.S.: Ambassador Feltman")
	if got, want := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "), "Berri - Feltman 2007-07-16"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestSubjectBehindPartyTitle: after a meeting phrase, the subject may
// carry a title that opens with a party's name and holds an aside in
// parentheses ("PvdA member (and close Bos advisor) Frans Timmermans"),
// and a subject's title may hold one ("Special Envoy (S/E) for Sudan").
func TestSubjectBehindPartyTitle(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Roland Arnall",
			"In a separate meeting with the Ambassador on May 17, PvdA member (and close Bos advisor) Frans Timmermans rejected any coalition with SP.",
			"Frans Timmermans - Roland Arnall 2007-05-17"},
		{"Political Counselor Alexander Margulies",
			"APRA party Co-Secretary General and Congressman Jorge del Castillo, in a 4/12 breakfast with Polcouns, said that the party was confident.",
			"Alexander Margulies - Jorge del Castillo 2007-04-12"},
		{"Ambassador Margaret Scobey",
			"Special Envoy (S/E) for Sudan Scott Gration on August 23 participated in talks with Egyptian FM Ahmed Aboul Gheit.",
			"Ahmed Aboul Gheit - Scott Gration 2007-08-23"},
	})
}

// TestMeetingPhraseAfterTheVerb: a meeting phrase after "told X", a
// subject whose title holds "to the UK" or a role word, a mission role
// written with its modifier, an opening phrase that is not the meeting's
// own, an aside in the first object's title, and a meeting phrase inside
// a "that" clause, which is another meeting.
func TestMeetingPhraseAfterTheVerb(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Louis Susman",
			"Afghan Ambassador to the UK Homayoun Tandar told Ambassador Susman during a June 10 meeting that he was worried.",
			"Homayoun Tandar - Louis Susman 2007-06-10"},
		{"Political Minister Counselor Kirk Augustine",
			"Political Minister Counselor reiterated U.S. concerns regarding arms sales in a September 13 meeting with Anatoliy Antonov.",
			"Anatoliy Antonov - Kirk Augustine 2007-09-13"},
		{"Ambassador Louis B. Susman",
			"In August, PM Gordon Brown, in a one-on-one meeting with the Ambassador, proposed a deal.",
			"Gordon Brown - Louis B. Susman "},
		{"CDA Lisa Kubiske",
			"The CDA paid a courtesy call May 18 on Brazilian Ministry of External Relations (MRE or Itamaraty) Secretary-General (Deputy Minister) Antonio Patriota.",
			"Antonio Patriota - Lisa Kubiske 2007-05-18"},
		{"Ambassador Michael Wood",
			"In the foreign policy arena, as was made clear in his May 16 meeting with German Chancellor Merkel, President Sarkozy will focus on the EU Council.",
			"Merkel - Nicolas Sarkozy 2007-05-16"},
		{"Political Counselor Casey Christensen",
			"MFA Director Peter Tejler told Polcouns that the decision was taken at an August 14 interagency meeting.",
			""},
		// An opening phrase of eight words before the subject.
		{"Political Minister Counselor Kirk Augustine",
			"Following up our earlier demarche (refs), Political Minister Counselor reiterated U.S. concerns in a September 13 meeting with Anatoliy Antonov, MFA Director for Disarmament.",
			"Anatoliy Antonov - Kirk Augustine 2007-09-13"},
		// The subject of a reported clause had the meeting "his" owns;
		// not the one told.
		{"Ambassador Fay Hartog Levin",
			"On the future level of Dutch activities in Afghanistan, FM Verhagen noted PM Balkenende had made clear in his morning meeting with President Obama that the Dutch would stay.",
			"Balkenende - Obama "},
		// A time phrase between the meeting noun and "with".
		{"Ambassador Carol van Voorst",
			"Prime Minister Geir Haarde held several meetings over the course of the weekend with Foreign Minister Ingibjorg Solrun Gisladottir to discuss the future of the government.",
			"Geir Haarde - Ingibjorg Solrun Gisladottir "},
		{"CDA Chris Stevens",
			"British Ambassador Vincent Fean told CDA on February 13 that in his meeting with Foreign Minister Abdulati Obeidi earlier the same day, Obeidi was keen on a visit.",
			"Abdulati Obeidi - Vincent Fean 2007-02-13"},
	})
}

// TestServiceTitles: "Commandant" and "Prefect" are titles, and the
// Marine Corps and the U.S. Coast Guard are organisations, so neither
// "Commandant" nor "Marine" becomes a person.
func TestServiceTitles(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Carol van Voorst", "At a meeting with U.S. Coast Guard Commandant Thomas Collins on March 28, Justice Minister Georg Larusson said little.",
			"Georg Larusson - Thomas Collins 2007-03-28"},
		{"Ambassador Carol van Voorst", "On an April 5 visit, Commandant of the Marine Corps General James Conway met with Crown Prince Salman Bin Hamad Al Khalifa.",
			"James Conway - Salman Bin Hamad Al Khalifa 2007-04-05"},
		{"Ambassador Carol van Voorst", "On May 2, Beni Department Prefect Ernesto Suarez met with Vice Minister Hector Arce.",
			"Ernesto Suarez - Hector Arce 2007-05-02"},
	})
}

// TestDelegationHeadsAndPosts: the name after "CODEL" is a US congressman
// even when it is a common word, and not a heading's verb ("CODEL
// Responds"); "used a January 13 meeting with" is the subject's meeting;
// "P/E Chief" is the post the Classified By line names.
func TestDelegationHeadsAndPosts(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador David Mulford",
			"Foreign Minister Natwar Singh used a January 13 meeting with CODEL Leach and the Ambassador to announce a plan.",
			"David Mulford - Natwar Singh 2007-01-13; Leach - Natwar Singh 2007-01-13"},
		{"Ambassador David Mulford",
			"Libyan leader Muammar Qadhafi used his May 17 visit to deny the claims of Saif al-Islam Qadhafi.",
			""},
		{"P/E Chief Mark Shubler",
			"During a dinner with Ambassador, DCM, DATT, and P/E Chief on February 1, PM Vlado Buckovski said elections would be held in June.",
			"Mark Shubler - Vlado Buckovski 2007-02-01"},
	})
	res := (&Extractor{}).Extract(cableOf(t, "CODEL", "CODEL Responds", "The delegation met Minister Doris Osterlof."))
	for _, e := range res.Entities {
		if e.Type == Person && e.Name == "Responds" {
			t.Errorf("a heading's verb after CODEL made a person: %+v", e)
		}
	}
}

// TestFirstPersonAndOwners: in a cable "FROM THE AMBASSADOR" whose
// Classified By line names the Ambassador, "I met (with) X" is the
// Ambassador's meeting with X, and only with the verb's objects; a
// person named as the owner of an object ("the President's permanent
// secretary", "PM Berlusconi's closest advisor, ... Gianni Letta") is
// not one.
func TestFirstPersonAndOwners(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Michael Ranneberger",
			"FROM THE AMBASSADOR|When I met Speaker Kenneth Marende April 27, he asked me to request Kofi Annan to call President Kibaki.",
			"Kenneth Marende - Michael Ranneberger 2007-04-27"},
		{"Ambassador Michael Ranneberger",
			"On March 23 the Ambassador met separately with the Foreign Minister and President Kibaki's permanent secretary to press on reform.",
			""},
		{"Ambassador Mel Sembler",
			"On September 11, the Ambassador discussed U.S. concerns with PM Berlusconi's closest advisor, Prime Ministry Under Secretary Gianni Letta.",
			"Gianni Letta - Mel Sembler 2007-09-11"},
	})
}

// TestParticipantsRunTogether: a participant block whose lines the text
// has joined, with no colon after the sides' countries ("Participants:
// United States ... Libya Foreign Minister ..."), splits at each country
// that opens a side; not at a country inside a person's line ("...,
// International Affairs, U.S. Treasury").
func TestParticipantsRunTogether(t *testing.T) {
	for i, tt := range []struct {
		paras []string
		want  string
	}{
		{[]string{"Summary: On January 3 A/S Welch met Foreign Minister Shalgam.",
			"Participants: United States A/S David Welch, Amanda Johnson, NEA/MAG (notetaker) Libya Foreign Minister Abdulrahman Shalgam Secretary for Americas Affairs Ahmed Fituri"},
			"Abdulrahman Shalgam - Amanda Johnson 2007-01-03; Abdulrahman Shalgam - David Welch 2007-01-03; Ahmed Fituri - Amanda Johnson 2007-01-03; Ahmed Fituri - David Welch 2007-01-03"},
		{[]string{"Summary: The Deputy Secretary met Governor Mervyn King.",
			"Participants: USG: Ambassador Robert Tuttle; Deputy Secretary Robert Kimmitt; Robert Saliterman, Spokesman, International Affairs, U.S. Treasury; Warren Chane, ECONOFF; Eric Meyer, Office Director for Europe; Mark Tesone, Embassy"},
			""},
	} {
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(cableClassifiedBy(t, "Ambassador Thomas White", "MEETING", tt.paras...))), "; ")
		if got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestReportedPronounAndOccupations: "he" after a verb of saying is that
// verb's subject ("and said he had discussed ... with"), the one right
// before it ("Hui said he"); occupations are titles ("PAN presidential
// candidate Felipe Calderon", "Columnist Sedat Ergin").
func TestReportedPronounAndOccupations(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Hugo Llorens", "President-elect Porfirio Lobo said he was committed to safe passage for Manuel Zelaya and said he had discussed the legal aspects with Attorney General Luis Rubi on January 20.",
			"Luis Rubi - Porfirio Lobo 2007-01-20"},
		{"Ambassador Hugo Llorens", "Zardari had called Ambassador Hui, and Hui said he had met with General Kayani in June.",
			"Hui - Kayani "},
	})
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "PAN presidential candidate Felipe Calderon met the Ambassador on May 4. Columnist Sedat Ergin wrote that the talks went well."))
	want := map[string]string{"Felipe Calderon": "PAN presidential candidate", "Sedat Ergin": "Columnist"}
	for _, e := range res.Entities {
		if w, ok := want[e.Name]; ok {
			if !slices.Contains(e.Titles, w) {
				t.Errorf("%s: titles %q, want %q among them", e.Name, e.Titles, w)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("people not found: %v", want)
	}
}

// metCase is one row of a table of sentences: the Classified By line,
// the paragraphs ("|" between them) and the MET pairs the rules give.
type metCase struct{ by, text, want string }

// checkMET runs the rules on each case's cable and compares its MET pairs.
func checkMET(t *testing.T, cases []metCase) {
	t.Helper()
	for _, tc := range cases {
		c := cableClassifiedBy(t, tc.by, "MEETING", strings.Split(tc.text, "|")...)
		if got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "); got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// TestTitleComplementOfModifiers: a title's "for"/"to" complement whose
// words are also title modifiers ("Director for Africa", "Minister for
// Trade", "Ambassador to NATO") is the title's, and the name after it
// the holder's.
func TestTitleComplementOfModifiers(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Carol van Voorst", "During meetings with Foreign Minister Ingibjorg Solrun Gisladottir on August 25, U.S. Ambassador to NATO Kurt Volker discussed Russian recognition of the two regions.",
			"Ingibjorg Solrun Gisladottir - Kurt Volker 2007-08-25"},
	})
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "MFA Director for Africa Peter Tejler told Polcouns that the trip was set. Minister for Trade Ewa Bjorling agreed."))
	want := map[string]string{"Peter Tejler": "MFA Director for Africa", "Ewa Bjorling": "Minister for Trade"}
	for _, e := range res.Entities {
		if w, ok := want[e.Name]; ok && slices.Contains(e.Titles, w) {
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("titles not read: %v", want)
	}
}

// TestTitleAsideBeforeName: a short aside between a title and the name
// ("MEA Joint Secretary (Americas) S. Jaishankar") is of the title, so the
// name after it is the titled subject of the meeting phrase, not an
// untitled word after a title that names no one.
func TestTitleAsideBeforeName(t *testing.T) {
	checkMET(t, []metCase{
		{"Charge Robert O. Blake", "In a July 11 meeting with the Charge, MEA Joint Secretary (Americas) S. Jaishankar warned that the attack had been more furious than expected.",
			"Robert O. Blake - S. Jaishankar 2007-07-11"},
	})
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "Foreign Secretary (East) N. Ravi told Polcouns that the trip was set."))
	for _, e := range res.Entities {
		if e.Name == "N. Ravi" && slices.Contains(e.Titles, "Foreign Secretary (East)") {
			return
		}
	}
	t.Errorf("title with its aside not read: %v", res.Entities)
}

// TestCutClassifierName: a Classified By line cut inside the name
// ("AMBASSADOR ROLAND ARN...") names the person the body names with a
// surname that starts so ("Ambassador Arnall"), and the role's pairs
// carry that one name.
func TestCutClassifierName(t *testing.T) {
	text := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHTC #1184 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\n" +
		"FM AMEMBASSY THE HAGUE\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nCONFIDENTIAL THE HAGUE 001184\n\n" +
		"E.O. 12958: DECL: 07/26/2017\nTAGS: PREL PGOV NL\nSUBJECT: MEETING\n\n" +
		"Classified By: AMBASSADOR ROLAND ARN...\n\n" +
		"1. (C) On May 16 Ambassador Arnall met with SP leader Jan Marijnissen.\n\n" +
		"2. (C) In a separate meeting with the Ambassador on May 17, PvdA member Frans Timmermans rejected any coalition.\n\nARNALL\n"
	r := cable.NewReader(strings.NewReader(text), "test.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(r.Cable())), "; ")
	if want := "Frans Timmermans - Roland Arnall 2007-05-17; Jan Marijnissen - Roland Arnall 2007-05-16"; got != want {
		t.Errorf("MET\n got %s\nwant %s", got, want)
	}
}

// TestAccompanyingWere: "Accompanying X were A and B" after a meeting
// sentence puts A and B on X's side of it.
func TestAccompanyingWere(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador James Kenny", "U.S. Special Envoy Mitchell Reiss met on June 30 in Dublin with Irish Prime Minister Bertie Ahern.|Accompanying Special Envoy Reiss were Ambassador James Kenny, S/P Michael Green, and Emboff.",
			"Bertie Ahern - James Kenny 2007-06-30; Bertie Ahern - Michael Green 2007-06-30; Bertie Ahern - Mitchell Reiss 2007-06-30"},
	})
}

// TestReviewedEdges: a cable whose last token ends a title's complement
// (no signature) is read, not lost to a panic; the one told is not a
// reported clause's subject; an owner's noun ends at a relative clause; a
// surname followed by another capitalised word ("Young Turks") names no
// one; a cut classifier's surname loses a possessive.
func TestReviewedEdges(t *testing.T) {
	head := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHFR #3972 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\n" +
		"FM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nCONFIDENTIAL PARIS 003972\n\n" +
		"E.O. 12958: DECL: 07/26/2017\nTAGS: PREL PGOV FR\nSUBJECT: MEETING\n\n"
	read := func(text string) *Result {
		r := cable.NewReader(strings.NewReader(text), "test.txt")
		if !r.Next() {
			t.Fatalf("no cable: %v", r.Err())
		}
		return (&Extractor{RulesOnly: true}).Extract(r.Cable())
	}
	if res := read(head + "Classified By: Ambassador Craig Stapleton for reasons 1.4 b and d.\n\n1. (C) Ambassador Smith met with Advisor to Minister Guimaraes"); res.Error != "" || len(res.Entities) == 0 {
		t.Errorf("a cable ending in a title's complement: error %q, %d entities", res.Error, len(res.Entities))
	}
	res := read(head + "Classified By: AMBASSADOR ROLAND ARN...\n\n1. (C) On May 16 Ambassador Roland Arnall's deputy met with Jan Marijnissen.\n\nARNALL\n")
	for _, e := range res.Entities {
		if e.Type == Person && strings.Contains(e.Name, "'s") {
			t.Errorf("a cut classifier completed with a possessive: %q", e.Name)
		}
	}
	checkMET(t, []metCase{
		{"Ambassador William Wood", "FM Spanta told visiting Senator John Kerry during his May 3 meeting with President Hamid Karzai that the talks went well.",
			"Hamid Karzai - Spanta 2007-05-03"},
		{"Ambassador William Wood", "On May 3 the Ambassador met with President Karzai's spokesman who said President Bush would visit.",
			""},
		{"Ambassador William Wood", "The Ambassador met with Senator Mark Young on May 3.|Minister Rangin Spanta met with Senator John Kerry and Young Turks on May 4.",
			"John Kerry - Rangin Spanta 2007-05-04; Mark Young - William Wood 2007-05-03"},
	})
}

// TestAttendanceAfterRetold: those who attended a meeting told again
// after the summary join it ("(X and Y attended the meeting as
// notetakers.)": the sentence's own "meeting" pairs no one of it), on the
// side of their compatriots or of the person whose office they hold
// ("Gaitri Kumar joined the Foreign Secretary"); two joiners on different
// sides met too. A meeting's sides come from all its
// rule pairs at once, so a companion joins the side of his compatriots
// however each pair was proposed.
func TestAttendanceAfterRetold(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Louis B. Susman", "Summary: In a meeting on December 9, Shadow Defense Secretary Liam Fox told the Ambassador that reform was due.|Ambassador Susman met December 9 with Liam Fox, Shadow Secretary of State for Defense. (Mike Threadgold, Head of Fox's Private Office, and U.S. Embassy Political Officer Chris Palmer attended the meeting as notetakers.) Fox underscored his desire to work closely with the U.S.",
			"Chris Palmer - Liam Fox 2006-12-09; Chris Palmer - Mike Threadgold 2006-12-09; Liam Fox - Louis B. Susman 2006-12-09; Louis B. Susman - Mike Threadgold 2006-12-09"},
		{"Ambassador Timothy J. Roemer", "Summary: In a February 15 meeting with Senator Kerry, Indian Foreign Secretary Rao underlined that talks were on track.|Senator Kerry and Ambassador Roemer met with Indian Foreign Secretary Nirupama Rao on February 15. Senator Kerry was accompanied by Senate staffers Jonah Blank and Fatema Sumar. Joint Secretary Gaitri Kumar joined the Foreign Secretary.",
			"Fatema Sumar - Gaitri Kumar 2007-02-15; Fatema Sumar - Nirupama Rao 2007-02-15; Gaitri Kumar - Jonah Blank 2007-02-15; Gaitri Kumar - Kerry 2007-02-15; Gaitri Kumar - Timothy J. Roemer 2007-02-15; Jonah Blank - Nirupama Rao 2007-02-15; Kerry - Nirupama Rao 2007-02-15; Nirupama Rao - Timothy J. Roemer 2007-02-15"},
		// The companion's pair is proposed host first ("Perez - Brown"),
		// the meeting's guest first ("Smith - Perez"): the sides are
		// found from both, and Ruiz joins Perez's.
		{"Ambassador Robert Smith", "On May 3, Ambassador Smith met Mexican Foreign Minister Juan Perez. Smith was accompanied by Political Officer John Brown. (Mexican Vice Minister Carlos Ruiz, Perez's deputy, attended the meeting as notetaker.)",
			"Carlos Ruiz - John Brown 2007-05-03; Carlos Ruiz - Robert Smith 2007-05-03; John Brown - Juan Perez 2007-05-03; Juan Perez - Robert Smith 2007-05-03"},
		// A US notetaker joins Smith's side, Brown's too however the
		// companion's pair was proposed.
		{"Ambassador Robert Smith", "On May 3, Ambassador Smith met Mexican Foreign Minister Juan Perez. Smith was accompanied by Political Officer John Brown. (U.S. Econoff Mary White attended the meeting as notetaker.)",
			"John Brown - Juan Perez 2007-05-03; Juan Perez - Mary 2007-05-03; Juan Perez - Robert Smith 2007-05-03"},
		// A sentence of another meeting is read against the meeting told
		// before it, not against the one before that.
		{"Ambassador Robert Smith", "On May 3, Ambassador Smith met Mexican Foreign Minister Juan Perez. Mexican Vice Minister Carlos Ruiz and Mexican Director Pedro Gomez were at a dinner that evening. Mexican Director Luis Ortega attended.",
			"Juan Perez - Robert Smith 2007-05-03"},
	})
}

// TestTwoSides: the sides of a meeting come from all its pairs at once;
// a pair's own order says nothing of them.
func TestTwoSides(t *testing.T) {
	// Roemer - Rao, Rao - Blank: Roemer and Blank are one side. Two pairs
	// not linked to them (5 - 6) form a group of their own.
	got := twoSides([][2]int{{1, 2}, {2, 3}, {5, 6}, {4, 2}})
	if got[1] != got[3] || got[1] == got[2] || got[4] != got[1] || got[5] == got[6] || len(got) != 6 {
		t.Errorf("twoSides = %v, want 1, 3, 4 on one side, 2 on the other, 5 and 6 apart", got)
	}
}

// TestJoinersSides: "P was joined in the meeting by A and B" puts A and B
// on P's side whatever their titles say of their country; one who "did
// not attend" joins no side; "Ambassador to Washington" is a foreign
// envoy's title, not a US official's.
func TestJoinersSides(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Peter Coneway", "Summary: Special Envoy Dan Fried met Swiss State Secretary Michael Ambuehl on June 19.|Special Envoy Dan Fried discussed resettlement on June 19 with Michael Ambuehl, State Secretary of the FDFA. Ambuehl was joined in the meeting by Ambassador Yvonne Baumann, Head of the FDFA's Americas Division; Ambassador Marion Weichelt, Deputy FDFA Legal Advisor; and Daniel Hunn.",
			"Daniel Fried - Daniel Hunn 2007-06-19; Daniel Fried - Marion Weichelt 2007-06-19; Daniel Fried - Michael Ambuehl 2007-06-19; Daniel Fried - Yvonne Baumann 2007-06-19"},
		{"A/DCM Greg Adams", "Summary: Brazilian Foreign Minister Celso Amorim visited Cuba.|Amorim also met with Cuban President Raul Castro on May 31. Brazilian DCM Vilmar Coutinho was not present at the meeting.",
			"Celso Amorim - Raul Castro 2007-05-31"},
		{"DCM Tom Kelly", "Summary: Argentine President Cristina Fernandez de Kirchner met with A/S Thomas Shannon on April 10.|Argentine President Cristina Fernandez de Kirchner met with A/S Thomas Shannon on April 10. Argentine Foreign Minister Jorge Taiana and Ambassador to Washington Hector Timerman were present.",
			"Cristina Fernandez de Kirchner - Thomas Shannon 2007-04-10; Hector Timerman - Thomas Shannon 2007-04-10; Jorge Taiana - Thomas Shannon 2007-04-10"},
	})
}

// TestCountrySurname: a country's name right after a given name, with no
// name after it, is a surname ("Dr. Guillermo Montenegro"); in a list of
// countries it stays a country.
func TestCountrySurname(t *testing.T) {
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "Minister for Security Dr. Guillermo Montenegro said the police were ready. Delegates came from Jordan Egypt Syria and Iraq. Ali Iraq Syria Lebanon."))
	var names []string
	for _, e := range res.Entities {
		if e.Type == Person {
			names = append(names, e.Name)
		}
	}
	if !slices.Contains(names, "Guillermo Montenegro") || slices.ContainsFunc(names, func(n string) bool {
		return strings.Contains(n, "Jordan") || strings.Contains(n, "Egypt") || strings.Contains(n, "Iraq")
	}) {
		t.Errorf("people = %v, want Guillermo Montenegro and no one of the countries", names)
	}
}

// TestForeignTitlesNotUS: "Secretary of State for Energy" (Britain,
// Spain) and "Ambassador to Washington" are foreign offices: their
// holders are no US officials for want of other evidence.
func TestForeignTitlesNotUS(t *testing.T) {
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "Pedro Marin, Secretary of State for Energy, said the plan was costly. Ambassador to Washington Hector Timerman agreed. Secretary of State Condoleezza Rice will visit."))
	want := map[string]bool{"Pedro Marin": false, "Hector Timerman": false, "Condoleezza Rice": true}
	for _, e := range res.Entities {
		if us, ok := want[e.Name]; ok {
			if (e.Country == "US") != us {
				t.Errorf("%s: country %q, US want %v", e.Name, e.Country, us)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// TestForeignMinisterRole: "the Foreign Minister" is the one person the
// cable names so, but not "EU Foreign Ministers" nor a deputy whose name
// follows an honorific; an owner before a verb is not its subject ("In
// the Foreign Minister's absence, the Ambassador called on X"); and one
// who speaks to a delegation is not of it.
func TestForeignMinisterRole(t *testing.T) {
	fm := "Foreign Minister Moses Wetangula spoke at the forum on March 20.|"
	checkMET(t, []metCase{
		{"Ambassador Michael E. Ranneberger", fm + "On March 23 the Ambassador met with the Foreign Minister.",
			"Michael E. Ranneberger - Moses Wetangula 2007-03-23"},
		{"Ambassador Michael E. Ranneberger", fm + "On March 23 Under Secretary Burns met with EU Foreign Ministers.", ""},
		{"Ambassador Michael E. Ranneberger", fm + "On March 23 the Ambassador met with the Saudi Foreign Minister.", ""},
		{"Ambassador Michael E. Ranneberger", fm + "On March 23 the Ambassador met with the Foreign Ministers.", ""},
		{"Ambassador Michael E. Ranneberger", fm + "On March 23 the Ambassador met with the Foreign Minister of Uganda.", ""},
		{"Ambassador Michael E. Ranneberger", fm + "On March 23 the Ambassador met with the incoming Foreign Minister.", ""},
		{"Ambassador Michael E. Ranneberger", "Kenyan Foreign Minister Moses Wetangula spoke at the forum on March 20.|On March 23 the Ambassador met with the Kenyan Foreign Minister.",
			"Michael E. Ranneberger - Moses Wetangula 2007-03-23"},
		{"Ambassador Michael E. Ranneberger", fm + "On March 23 Under Secretary Burns met with Deputy Kenyan Foreign Minister Dr. Richard Onyonka.",
			"Nicholas Burns - Richard Onyonka 2007-03-23"},
		{"Ambassador Carol van Voorst", "Foreign Minister Valgerdur Sverrisdottir spoke at the forum on March 20.|In the Foreign Minister's absence, the Ambassador called on Permanent Secretary Gretar Sigurdsson on March 22.",
			"Carol van Voorst - Gretar Sigurdsson 2007-03-22"},
		{"Ambassador Charles Rivkin", "AF DAS William Fitzgerald and Foreign Minister Bernard Kouchner's Africa Advisor Charlotte Montel met with Burkinabe President Blaise Compaore on September 14.",
			"Blaise Compaore - Charlotte Montel 2007-09-14; Blaise Compaore - William Fitzgerald 2007-09-14"},
		// The owner of the meeting noun itself had the meeting.
		{"Ambassador Timothy Roemer", "The honeymoon period was cut short when fallout over a joint statement that came out of Manmohan Singh's July 16 Sharm el-Sheikh meeting with Pakistani PM Yousuf Raza Gilani proved a headache for his government.",
			"Manmohan Singh - Yousuf Raza Gilani 2007-07-16"},
		{"Ambassador Kristen Silverberg", "The EU delegation, including Commissioner Karel de Gucht and Swedish Minister Gunilla Carlsson, saw the visit as a success.|Samuel Mumbengegwi told the delegation not to worry.|The delegation then went to Bulawayo and met with Morgan Tsvangirai.",
			"Gunilla Carlsson - Morgan Tsvangirai ; Karel de Gucht - Morgan Tsvangirai "},
		// A verb of telling before the group in a relative clause is not
		// the group's own.
		{"Ambassador James McGee", "Secretary Condoleezza Rice, who thanked the hosts, was accompanied by Ambassador Kristen Silverberg and Assistant Secretary Jendayi Frazer.|On September 13 the delegation met with Morgan Tsvangirai.",
			"Condoleezza Rice - Morgan Tsvangirai 2007-09-13; Jendayi Frazer - Morgan Tsvangirai 2007-09-13; Kristen Silverberg - Morgan Tsvangirai 2007-09-13"},
	})
}

// TestGroupColonSemicolonList: the members of a group named before a
// colon, each with a title after a comma and parted by semicolons, the
// last title running to the sentence's end.
func TestGroupColonSemicolonList(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Michael McKinley", "Ambassador McKinley on September 5 met with representatives from the top rung of Peruvian human rights and pro-democracy NGOs: Cecilia Blondet, executive director of Proetica; Pablo Rojas, national coordinator for human rights; Hans Landolt, executive director of the Institute; and Rodolfo Alban of the Andean Commission of Jurists.",
			"Cecilia Blondet - Michael McKinley 2007-09-05; Hans Landolt - Michael McKinley 2007-09-05; Michael McKinley - Pablo Rojas 2007-09-05; Michael McKinley - Rodolfo Alban 2007-09-05"},
	})
}

// TestChiefOfMissionRole: "the COM" of a mission with no ambassador is
// the one the Classified By line names so, even where the mirror cut the
// line inside "for reasons" ("COM JONATHAN FARRAR FOR REA...").
func TestChiefOfMissionRole(t *testing.T) {
	checkMET(t, []metCase{
		{"COM JONATHAN FARRAR FOR REA...", "Cardinal Jaime Ortega spoke on Sunday.|Cardinal Ortega told the COM much the same during their two hour meeting.",
			"Jaime Ortega - Jonathan Farrar "},
	})
}

// TestProposedMeetings: a meeting proposed ("we suggest that they meet
// with"), sought ("seeking a meeting with") or prepared by a scene-setter
// is none; a proposal before a meeting in the past leaves it one.
func TestProposedMeetings(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Clifford Sobel", "Colonel Dalton Barrosa leads the team.|If such a team comes to Brazil we suggest that they meet with Defense Minister Nelson Jobim.", ""},
		{"Charge Gene Cretz", "Ambassador Vincent Fean said that he was seeking a meeting with Muammar Qadhafi today to deliver the letter.", ""},
		{"Ambassador Timothy Roemer", "NSA M.K. Narayanan suggested that he had met with Prime Minister Yousuf Raza Gilani on June 5.",
			"M.K. Narayanan - Yousuf Raza Gilani 2007-06-05"},
		{"Ambassador Michael E. Ranneberger", "Foreign Minister Moses Wetangula spoke at the forum on March 20.|Wetangula suggested in the March 23 meeting with the Ambassador that the talks resume.",
			"Michael E. Ranneberger - Moses Wetangula 2007-03-23"},
		{"Ambassador Michael E. Ranneberger", "Foreign Minister Moses Wetangula spoke at the forum on March 20.|Wetangula suggested in the meeting with the Ambassador on March 23 that the talks resume.",
			"Michael E. Ranneberger - Moses Wetangula 2007-03-23"},
		{"Ambassador Adam Ereli", "Al-Haq media director Abduljalil Singace contacted the Embassy on January 8 requesting a meeting with President George W. Bush.", ""},
	})
	for subj, want := range map[string]int{
		"SECRETARY RUMSFELD'S MEETING WITH DEFENSE MINISTER BONO":                        1,
		"SPAIN: SCENESETTER FOR SECRETARY RUMSFELD'S MEETING WITH DEFENSE MINISTER BONO": 0,
	} {
		c := cableClassifiedBy(t, "Ambassador Eduardo Aguirre", subj, "Defense Minister Jose Bono spoke with reporters.|Secretary Donald Rumsfeld arrives on Tuesday.")
		if got := metPairs((&Extractor{RulesOnly: true}).Extract(c)); len(got) != want {
			t.Errorf("%s: got %v, want %d pairs", subj, got, want)
		}
	}
}

// TestHeldMeetingsWithGroups: "held a meeting with <group>, including
// ..." pairs the one who held it with the members, whose titles may hold
// an aside; the one who held it may carry a title in apposition, which
// may name someone else.
func TestHeldMeetingsWithGroups(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Anne Slaughter", "Fred Hof arrived on June 9.|Hof also held a meeting with senior MFA staff, including Deputy Director General for Coordination (Director General Chief of Staff) Alon Ushpiz, Naor Gilon and David Siegel.",
			"Alon Ushpiz - Fred Hof ; David Siegel - Fred Hof ; Fred Hof - Naor Gilon "},
		{"Ambassador Anne Slaughter", "On June 10, Fred Hof, Special Advisor for Regional Affairs, held meetings with officials, including Nimrod Barkan.",
			"Fred Hof - Nimrod Barkan 2007-06-10"},
		{"Ambassador Anne Slaughter", "On June 10, Fred Hof, Special Advisor for Regional Affairs in the office of Special Envoy Mitchell, held a series of meetings with GOI officials from the MFA and MOD, including Nimrod Barkan.",
			"Fred Hof - Nimrod Barkan 2007-06-10"},
		// Not the object of a relative clause.
		{"Ambassador James Cunningham", "On June 10, Netanyahu, who had earlier received George Mitchell, Special Envoy for Middle East Peace, held talks with Mahmoud Abbas.", ""},
	})
}

// TestSecretaryGeneralRole: "the SecGen" is the one secretary general the
// cable names; those who came along with the subject ("Ambassador
// Daalder, accompanied by German Ambassador Ulrich Brandenburg,
// delivered ... in meetings with") are on the subject's side; a meeting
// "next week" is still to come.
func TestSecretaryGeneralRole(t *testing.T) {
	sg := "Secretary General Anders Fogh Rasmussen welcomed the decision.|"
	checkMET(t, []metCase{
		{"Ambassador Ivo Daalder", sg + "Ambassador Daalder, accompanied by German Ambassador Ulrich Brandenburg, delivered reftel points in separate September 15 meetings with the SecGen, the Polish PermRep, and a joint meeting with all three Baltic PermReps.",
			"Anders Fogh Rasmussen - Ivo Daalder 2007-09-15; Anders Fogh Rasmussen - Ulrich Brandenburg 2007-09-15"},
		{"Ambassador Ivo Daalder", sg + "The Dutch Ambassador suggested formats to raise the issue with the Russians, such as the SecGen's meeting with Deputy PM Sergei Ivanov next week at the Munich Security Conference.", ""},
		{"Ambassador Ivo Daalder", sg + "On September 15 Ambassador Daalder met with the UN Secretary General.", ""},
		{"Ambassador Ivo Daalder", sg + "On September 15 Ambassador Daalder met with the Under Secretary General.", ""},
		{"Ambassador Ivo Daalder", sg + "Ambassador Daalder met with Rasmussen on September 15 to review plans for the summit next month.",
			"Anders Fogh Rasmussen - Ivo Daalder 2007-09-15"},
		{"Ambassador Ivo Daalder", sg + "Ambassador Daalder, accompanied by Ulrich Brandenburg, the German Ambassador, delivered reftel points in a September 15 meeting with the SecGen.",
			"Anders Fogh Rasmussen - Ivo Daalder 2007-09-15; Anders Fogh Rasmussen - Ulrich Brandenburg 2007-09-15"},
		{"Ambassador Ivo Daalder", sg + "Ambassador Daalder met with Rasmussen on September 15 to discuss next week's ministerial.",
			"Anders Fogh Rasmussen - Ivo Daalder 2007-09-15"},
		{"Ambassador Ivo Daalder", sg + "Ambassador Daalder, accompanied by German Ambassador Ulrich Brandenburg, French Ambassador Pascal Teixeira and Polish Ambassador Boguslaw Winid, delivered reftel points in separate September 15 meetings with the SecGen.",
			"Anders Fogh Rasmussen - Boguslaw Winid 2007-09-15; Anders Fogh Rasmussen - Ivo Daalder 2007-09-15; Anders Fogh Rasmussen - Pascal Teixeira 2007-09-15; Anders Fogh Rasmussen - Ulrich Brandenburg 2007-09-15"},
	})
}

// TestCallKinds: an introductory, farewell, office or official call is a
// visit paid in person, with "on" or "with", also as the opening phrase
// of the sentence whose subject paid it; a bare "call" there may be by
// telephone.
func TestCallKinds(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Anne Slaughter", "The Ambassador made an introductory call on Interior Minister Rosa Sanchez on September 3.",
			"Anne Slaughter - Rosa Sanchez 2007-09-03"},
		{"Ambassador Anne Slaughter", "During her September 3 introductory call on Interior Minister Rosa Sanchez, the Ambassador raised extradition.",
			"Anne Slaughter - Rosa Sanchez 2007-09-03"},
		{"Ambassador Anne Slaughter", "In his September 3 farewell call on President Alvaro Uribe, the Ambassador raised extradition.",
			"Alvaro Uribe - Anne Slaughter 2007-09-03"},
		{"Ambassador Anne Slaughter", "During a September 3 office call with Interior Minister Rosa Sanchez, the Ambassador raised extradition.",
			"Anne Slaughter - Rosa Sanchez 2007-09-03"},
		{"Ambassador Anne Slaughter", "In a call on September 3, Interior Minister Rosa Sanchez thanked the Ambassador.", ""},
	})
}

// TestReportedClauseOwner: "his" in a clause that a verb of saying
// reports stands for that clause's subject, not for the one who says it,
// unless the sentence has gone back to its main clause.
func TestReportedClauseOwner(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Eduardo Aguirre", "Deputy Secretary General Alfredo Timmermans said former President Jose Aznar was buoyed by the warm reception he received and, in particular, by his meeting with President George Bush.",
			"George W. Bush - Jose Aznar "},
		{"Ambassador Eduardo Aguirre", "Secretary Condoleezza Rice said that Foreign Minister Miguel Moratinos has been helpful in the region, and made reference to her meeting with Israeli Foreign Minister Tzipi Livni on August 26.",
			"Condoleezza Rice - Tzipi Livni 2007-08-26"},
		{"Ambassador Eduardo Aguirre", "Secretary Condoleezza Rice said FM Sergey Lavrov was pleased with her September 3 meeting with Defense Minister Ehud Barak.",
			"Condoleezza Rice - Ehud Barak 2007-09-03"},
	})
}

// TestOwnersAndSpeakers: "their" stands for the list named last, and the
// meeting noun finds its "with" after "earlier the same day in Lahore";
// "he" after "told X that" is the one who speaks.
func TestOwnersAndSpeakers(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Anne Patterson", "Prime Minister Yousuf Raza Gilani asked Senators John McCain and Lindsey Graham about their meeting earlier the same day in Lahore with Nawaz Sharif.",
			"John McCain - Nawaz Sharif ; Lindsey Graham - Nawaz Sharif "},
		{"Ambassador David Mulford", "The Ambassador mentioned to Defense Minister A.K. Antony that he had met with Foreign Secretary Shivshankar Menon and discussed the issue.",
			"David Mulford - Shivshankar Menon "},
	})
}

// TestReceivedFrom: "received a briefing from Y" is a meeting; a
// mandate, a letter or a call received from Y is not.
func TestReceivedFrom(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Peter Coneway", "State Secretary Michael Ambuehl went ahead, given the clear mandate he has received from Foreign Minister Micheline Calmy-Rey.", ""},
		{"Ambassador Peter Coneway", "The Ambassador received a letter from Finance Minister Hans Merz on March 3.", ""},
		{"Ambassador Peter Coneway", "The Ambassador received a briefing from Finance Minister Hans Merz on March 3.", "Hans Merz - Peter Coneway 2007-03-03"},
		{"Ambassador Peter Coneway", "The Ambassador received a briefing on the banking reform from Finance Minister Hans Merz on March 3.", "Hans Merz - Peter Coneway 2007-03-03"},
		{"Ambassador Peter Coneway", "The Ambassador received a courtesy call from Finance Minister Hans Merz on March 3.", "Hans Merz - Peter Coneway 2007-03-03"},
	})
}

// TestAccompaniedAfterMeetingPhrase: after "In the March 12 meeting,", a
// subject accompanied or joined by someone came with that one.
func TestAccompaniedAfterMeetingPhrase(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador P. Robert Fannin", "In the March 12 meeting, Foreign Minister Carlos Morales Troncoso was accompanied by Deputy FM Manuel Trullols.", ""},
		{"Ambassador P. Robert Fannin", "In the March 12 meeting, Foreign Minister Carlos Morales Troncoso told Deputy FM Manuel Trullols that the summit went well.",
			"Carlos Morales Troncoso - Manuel Trullols 2007-03-12"},
	})
}

// TestBracketedAdverb: "met (separately) with" reads through the
// bracketed adverb.
func TestBracketedAdverb(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Clifford Sobel", "On February 27, the Ambassador met (separately) with Minister of Justice Marcio Thomaz Bastos and Private Secretary Gilberto Carvalho.",
			"Clifford Sobel - Gilberto Carvalho 2007-02-27; Clifford Sobel - Marcio Thomaz Bastos 2007-02-27"},
	})
}

// TestPronounOfUnnamedHolder: "his" after an unnamed office holder ("The
// Prime Minister ... his meeting") is that holder's, not the person the
// sentence before named.
func TestPronounOfUnnamedHolder(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador David Mulford", "Since the August 12 reversal by Sonia Gandhi and the Prime Minister on the agreement, the Congress Party appears to be stiffening its back. The Prime Minister and the party have acknowledged a delay. The Prime Minister made this observation after his September 10 meeting with German Chancellor Angela Merkel.", ""},
		{"Ambassador Peter Coneway", "Prime Minister Yousuf Raza Gilani arrived in Washington on September 2. Speaking after the Foreign Secretary, he described his September 3 meeting with President George Bush.",
			"George W. Bush - Yousuf Raza Gilani 2007-09-03"},
	})
}

// TestAdministrationNames: the name of an administration ("Cardoso
// administration minister", "the Aznar government") is no one who met.
func TestAdministrationNames(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Donna Hrinak", "In a September 10 meeting with U/S Alan Larson, Cardoso administration minister Pedro Parente expressed admiration for the new team.",
			"Alan Larson - Pedro Parente 2007-09-10"},
		{"DCM Hugo Llorens", "Former President Jose Maria Aznar spoke in Madrid on Monday.|The DCM discussed our close cooperation now and particularly in the past with the PP and the Aznar government.", ""},
	})
}

// TestTwoBetweens: "between A and B, and between C and D" tells two
// meetings, each of its own two (the second not when it is planned), and
// a meeting noun of its own in a sentence that also refers back to "the
// visit" is its own meeting.
func TestTwoBetweens(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Clifford Sobel", "In follow-up conversations between Ambassador Sobel and U/S Antonio Patriota, and between the Political Counselor and Marcel Biato, the president's advisor, the Brazilians stressed their view.",
			"Antonio Patriota - Clifford Sobel "},
		{"Ambassador Timothy Roemer", "Small steps, such as the June meeting between PM Manmohan Singh and President Asif Zardari and the planned meeting between PM Manmohan Singh and PM Yousuf Gilani, will produce little.",
			"Asif Ali Zardari - Manmohan Singh "},
		{"Ambassador Timothy Roemer", "Small steps, such as the June 5 meeting between PM Manmohan Singh and President Asif Zardari and the July 4 meeting between PM Manmohan Singh and PM Yousuf Gilani, will produce little.",
			"Asif Ali Zardari - Manmohan Singh 2007-06-05; Manmohan Singh - Yousuf Gilani 2007-07-04"},
		{"Ambassador William Burns", "In a September 3 meeting between FM Sergey Lavrov and Secretary Condoleezza Rice, Lavrov complained about the rivalry between President Mikheil Saakashvili and Speaker Nino Burjanadze.",
			"Condoleezza Rice - Sergey Lavrov 2007-09-03"},
		{"Ambassador William Burns", "Chinese Premier Wen Jiabao met with President Vladimir Putin and PM Viktor Zubkov. Director Andrei Kupik said the visit was a success, one of a number of recent meetings between the GOR and China, including five meetings this year between President Putin and Chinese President Hu Jintao.",
			"Hu Jintao - Vladimir Putin ; Viktor Zubkov - Wen Jiabao ; Vladimir Putin - Wen Jiabao "},
	})
}

// TestOpeningPhrasesAndAsides: the people of an opening "Prior to
// meeting with X," or "Following up on our meeting with X," are not the
// subjects of the main verb; an aside inside a title ("Navy (Marina)
// Admiral") or after a listed name ("(Deputy Chief of Operations) and
// others,") does not end the list of a meeting phrase.
func TestOpeningPhrasesAndAsides(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Samuel Kaplan", "Prior to meeting with Sekouba Konate, A/S Johnnie Carson met on January 5 with Foreign Minister Taieb Fassi Fihri and Director General for Studies (external intelligence service chief) Mohamed Yassine Mansouri.",
			"Johnnie Carson - Mohamed Yassine Mansouri 2007-01-05; Johnnie Carson - Taieb Fassi Fihri 2007-01-05"},
		{"Ambassador Gene Cretz", "Following up on our meeting with activist Fathi el-Jahmi in December, the Ambassador met on January 22 with Director Saleh Abdulsalam Saleh.",
			"Gene Cretz - Saleh Abdulsalam Saleh 2007-01-22"},
		{"Ambassador Antonio Garza", "In a working lunch with the DCM and Navy (Marina) Admiral Enrique Henaro Galan, Admiral Roberto Gomez Caranza (Deputy Chief of Operations) and others, Director John Walters pressed for an agreement.",
			"Enrique Henaro Galan - John Walters ; John Walters - Roberto Gomez Caranza "},
	})
}

// TestOwnedTitleJoinsOwnersSide: one who joins a meeting under a title
// its owner's name precedes ("Calmy-Rey's Diplomatic Advisor Pascale
// Balzaretti") joins the owner's side.
func TestOwnedTitleJoinsOwnersSide(t *testing.T) {
	checkMET(t, []metCase{
		{"DCM Carol Urban", "Foreign Minister Micheline Calmy-Rey met with Ambassador Peter Coneway on September 3. Calmy-Rey's Diplomatic Advisor Pascale Balzaretti and DCM Carol Urban joined the meeting.",
			"Carol Urban - Micheline Calmy-Rey 2007-09-03; Carol Urban - Pascale Balzaretti 2007-09-03; Micheline Calmy-Rey - Peter Coneway 2007-09-03; Pascale Balzaretti - Peter Coneway 2007-09-03"},
		{"Ambassador Peter Coneway", "Iranian negotiator Ali Larijani met with Swiss Foreign Minister Micheline Calmy-Rey in Bern on September 12. Larijani's aide Sayaad Monfarad and Deputy Foreign Minister Said Jalili accompanied him.",
			"Ali Larijani - Micheline Calmy-Rey 2007-09-12; Micheline Calmy-Rey - Sayaad Monfarad 2007-09-12"},
	})
}

// TestPronounInListAndVisitOf: "he and X met Y" puts the pronoun's
// person in the list ("Gellet recounted how he and Richier met
// Velayati"); "the visit of A and B" names two visitors, not two who met.
func TestPronounInListAndVisitOf(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Diplomatic advisor Franck Gellet recounted how he and Francois Richier met Ali Akbar Velayati in Paris on September 3.",
			"Ali Akbar Velayati - Franck Gellet 2007-09-03; Ali Akbar Velayati - Francois Richier 2007-09-03"},
		{"Ambassador Ross Wilson", "During the September visit of Generals James Jones and Lance Smith, TGS rejected the offer of surveillance.", ""},
	})
}

// TestParticipantsSecretaryMemcon: the Department's memorandum of
// conversation runs its participant lines together after a header the
// sentence splitter cuts off ("Participants:", "U.S.", then one line for
// both sides). Each country opens a side, even written "The Netherlands";
// "The Secretary" before the next entry's title is the Secretary the cable
// names; two names run together are two people; the heading's own people
// ("Participants in the meeting with FM X:") are no side; a title after a
// comma ends before the next side's header; a country in an office's name
// ("MFA America Department") opens no side.
func TestParticipantsSecretaryMemcon(t *testing.T) {
	for i, tt := range []struct {
		paras []string
		want  string
	}{
		{[]string{"Summary: Secretary Clinton met July 14 with Dutch Foreign Minister Maxime Verhagen.",
			"Participants:\nU.S.\nThe Secretary Charge Michael Gallagher EUR A/S Philip Gordon NSC Director for Europe Toby Bradley Valerie Belon Netherlands Desk Officer Ann Smith (Notetaker) The Netherlands FM Maxime Verhagen Ambassador Renee Jones-Bos Pieter De Gooijer, MFA Political Director"},
			"Ann Smith - Maxime Verhagen 2007-07-14; Ann Smith - Pieter De Gooijer 2007-07-14; Ann Smith - Renee Jones-Bos 2007-07-14; " +
				"Clinton - Maxime Verhagen 2007-07-14; Clinton - Pieter De Gooijer 2007-07-14; Clinton - Renee Jones-Bos 2007-07-14; " +
				"Maxime Verhagen - Michael Gallagher 2007-07-14; Maxime Verhagen - Philip Gordon 2007-07-14; Maxime Verhagen - Toby Bradley 2007-07-14; Maxime Verhagen - Valerie Belon 2007-07-14; " +
				"Michael Gallagher - Pieter De Gooijer 2007-07-14; Michael Gallagher - Renee Jones-Bos 2007-07-14; Philip Gordon - Pieter De Gooijer 2007-07-14; Philip Gordon - Renee Jones-Bos 2007-07-14; " +
				"Pieter De Gooijer - Toby Bradley 2007-07-14; Pieter De Gooijer - Valerie Belon 2007-07-14; Renee Jones-Bos - Toby Bradley 2007-07-14; Renee Jones-Bos - Valerie Belon 2007-07-14"},
		{[]string{"Summary: U/S Tauscher met FM Sikorski on September 8.",
			"Participants in the meeting with FM Sikorski: U.S. Participants: -U/S Ellen Tauscher -Ambassador Lee Feinstein Polish Participants: -FM Radoslaw Sikorski -DFM Jacek Najder"},
			"Ellen Tauscher - Jacek Najder 2007-09-08; Ellen Tauscher - Radoslaw Sikorski 2007-09-08; Jacek Najder - Lee Feinstein 2007-09-08; Lee Feinstein - Radoslaw Sikorski 2007-09-08"},
		{[]string{"Summary: Under Secretary Burns met Foreign Minister Amorim on 7 February.",
			"Participants Under Secretary Nicholas Burns\nAmbassador Clifford Sobel Policy Planning Staff Officer William McIlhenny Heide Bronke, Assistant to Under Secretary Burns Brazil: Minister Celso Amorim Ambassador Maria Luiza Viotti"},
			"Celso Amorim - Clifford Sobel 2007-02-07; Celso Amorim - Heide Bronke 2007-02-07; Celso Amorim - Nicholas Burns 2007-02-07; Celso Amorim - William McIlhenny 2007-02-07; " +
				"Clifford Sobel - Maria Luiza Viotti 2007-02-07; Heide Bronke - Maria Luiza Viotti 2007-02-07; Maria Luiza Viotti - Nicholas Burns 2007-02-07; Maria Luiza Viotti - William McIlhenny 2007-02-07"},
		{[]string{"Summary: SRAP Holbrooke met State Secretary Saudabayev on February 21.",
			"Participants: United States\nSRAP Ambassador Richard Holbrooke SRAP Staff Bommer NSC Director for Central Asia Donnelly SCA/CEN Director Hushek Embassy Astana Acting Pol/Econ Chief Covert (notetaker) Embassy Astana Pol/Econ LES Zhantikina (interpreter) Kazakhstan\n-- " +
				"State Secretary-Foreign Minister Saudabayev Deputy Foreign Minister Umarov MFA Asia and Africa Department Director Kurmanguzhin MFA America Department Director Tazhiyev MFA America Department Arystanov"},
			"Bommer - Kurmanguzhin 2007-02-21; Bommer - Saudabayev 2007-02-21; Bommer - Tazhiyev 2007-02-21; Bommer - Umarov 2007-02-21; " +
				"Covert - Kurmanguzhin 2007-02-21; Covert - Saudabayev 2007-02-21; Covert - Tazhiyev 2007-02-21; Covert - Umarov 2007-02-21; " +
				"Hushek - Kurmanguzhin 2007-02-21; Hushek - Saudabayev 2007-02-21; Hushek - Tazhiyev 2007-02-21; Hushek - Umarov 2007-02-21; " +
				"Kurmanguzhin - Richard Holbrooke 2007-02-21; Kurmanguzhin - Zhantikina 2007-02-21; Richard Holbrooke - Saudabayev 2007-02-21; Richard Holbrooke - Tazhiyev 2007-02-21; " +
				"Richard Holbrooke - Umarov 2007-02-21; Saudabayev - Zhantikina 2007-02-21; Tazhiyev - Zhantikina 2007-02-21; Umarov - Zhantikina 2007-02-21"},
		{[]string{"Summary: U/S Burns met Bahraini FM Khalid on September 25.",
			"Participants: United States U/S William J. Burns DAS Christopher J. McMullen Director A. Carsten Damsgaard Bahrain FM Khalid bin Ahmed Al Khalifa Ambassador Godie van de Paal Director Mohamed bin Abdullah al Khalifa"},
			"A. Carsten Damsgaard - Godie van de Paal 2007-09-25; A. Carsten Damsgaard - Khalid bin Ahmed Al Khalifa 2007-09-25; A. Carsten Damsgaard - Mohamed bin Abdullah al Khalifa 2007-09-25; " +
				"Christopher J. McMullen - Godie van de Paal 2007-09-25; Christopher J. McMullen - Khalid bin Ahmed Al Khalifa 2007-09-25; Christopher J. McMullen - Mohamed bin Abdullah al Khalifa 2007-09-25; " +
				"Godie van de Paal - William J. Burns 2007-09-25; Khalid bin Ahmed Al Khalifa - William J. Burns 2007-09-25; Mohamed bin Abdullah al Khalifa - William J. Burns 2007-09-25"},
		// A name the list runs on is not split inside: "Syed Yousuf Raza
		// Gilani", "Tabare Ramon Vazquez"; a heading with no preposition keeps its people
		// ("Participants -- Ambassador Ross Wilson; ...; Notetaker:"); a
		// Secretary of State who is not the US one is no US participant.
		{[]string{"Summary: Ambassador Patterson met Prime Minister Gilani on September 3.",
			"Participants: United States Ambassador Anne Patterson Poloff Mark Davidson (notetaker) Pakistan Prime Minister Syed Yousuf Raza Gilani Foreign Secretary Salman Bashir Ambassador Tabare Ramon Vazquez"},
			"Anne Patterson - Salman Bashir 2007-09-03; Anne Patterson - Syed Yousuf Raza Gilani 2007-09-03; Anne Patterson - Tabare Ramon Vazquez 2007-09-03; " +
				"Mark Davidson - Salman Bashir 2007-09-03; Mark Davidson - Syed Yousuf Raza Gilani 2007-09-03; Mark Davidson - Tabare Ramon Vazquez 2007-09-03"},
		{[]string{"Summary: Ambassador Wilson met FM Babacan on September 4.",
			"Participants -- Ambassador Ross Wilson; DCM Doug Silliman; Notetaker: Poloff Ann Smith; Turkey: FM Ali Babacan; Deputy Undersecretary Ertugrul Apakan"},
			"Ali Babacan - Ann Smith 2007-09-04; Ali Babacan - Doug Silliman 2007-09-04; Ali Babacan - Ross Wilson 2007-09-04; Ann Smith - Ertugrul Apakan 2007-09-04; Doug Silliman - Ertugrul Apakan 2007-09-04; Ertugrul Apakan - Ross Wilson 2007-09-04"},
		{[]string{"Summary: The Secretary met Cardinal Bertone on September 5.",
			"Participants:\nU.S.\nThe Secretary Ambassador Miguel Diaz Deputy Chief of Mission Julieta Noyes Vatican Secretary of State Cardinal Tarcisio Bertone Archbishop Dominique Mamberti"},
			"Dominique Mamberti - Julieta Noyes 2007-09-05; Dominique Mamberti - Miguel Diaz 2007-09-05; Julieta Noyes - Tarcisio Bertone 2007-09-05; Miguel Diaz - Tarcisio Bertone 2007-09-05"},
	} {
		res := (&Extractor{RulesOnly: true}).Extract(cableClassifiedBy(t, "Ambassador Thomas White", "MEETING", tt.paras...))
		if got := strings.Join(metPairs(res), "; "); got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
		for _, e := range res.Entities {
			if e.Name == "Valerie Belon" && len(e.Titles) > 0 {
				t.Errorf("%d. Valerie Belon has the titles %q of the name before hers", i, e.Titles)
			}
		}
	}
}

// TestFirstPersonOfTheChief: "I" in a cable the Ambassador or Charge
// classified is that person (as the gold sets count it), with adverbs
// between "I" and the verb; not in a cable another officer classified.
func TestFirstPersonOfTheChief(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Michael Ranneberger", "I recently met with Permanent Secretary Francis Muthaura.",
			"Francis Muthaura - Michael Ranneberger "},
		{"Charge d'Affaires Sam Watson", "On June 2 I have already met with Finance Minister Gylfi Magnusson.",
			"Gylfi Magnusson - Sam Watson 2007-06-02"},
		{"PolCouns Dennis Hearne", "On June 2 I met with Finance Minister Gylfi Magnusson.",
			""},
	})
}

// TestExOfficeAfterMeetingPhrase: "ex-Economy Minister X" after "In a
// meeting with Y," is the phrase's subject, as "visiting Minister X" is.
func TestExOfficeAfterMeetingPhrase(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador E. Anthony Wayne", "In a separate meeting with the Ambassador on September 2, ex-Economy Minister Domingo Cavallo suggested that the plan was good.",
			"Domingo Cavallo - E. Anthony Wayne 2007-09-02"},
	})
}

// TestToldInGroupVisitFrame: when the summary says the Ambassador met
// people it does not name ("where he met political and business
// leaders"), "X told the Ambassador" later is one of those meetings, the
// speaker's apposition between them ("Nick Bourne, the Welsh Assembly's
// Conservative Leader, told"); not when the summary names no such group,
// nor past an aside that describes no one (", on the other hand,").
func TestToldInGroupVisitFrame(t *testing.T) {
	frame := "Summary: Ambassador Louis Susman visited Wales on September 12, where he met political and business leaders. End Summary."
	first := "At their September 12 meeting in Cardiff, First Minister Rhodri Morgan provided a read-out to the Ambassador."
	checkMET(t, []metCase{
		{"Ambassador Louis Susman", frame + "|" + first + "|Deputy First Minister Ieuan Wyn Jones told the Ambassador that Wales had acted.|" +
			"Nick Bourne, the Welsh Assembly's Conservative Leader, told the Ambassador that his party was optimistic.|Mark Williams, on the other hand, told the Ambassador that he was worried.",
			"Ieuan Wyn Jones - Louis Susman 2007-09-12; Louis Susman - Nick Bourne 2007-09-12; Louis Susman - Rhodri Morgan 2007-09-12"},
		{"Ambassador Louis Susman", "Summary: Ambassador Louis Susman visited Wales on September 12, where he met the press. End Summary.|" + first + "|Deputy First Minister Ieuan Wyn Jones told the Ambassador that Wales had acted.",
			"Louis Susman - Rhodri Morgan 2007-09-12"},
	})
}

// TestFirstPersonAndFrameLimits: without "FROM THE AMBASSADOR", "we" is
// the mission, not the Ambassador who classified the cable, and a quoted
// "I" is the speaker's; the summary's group meeting frames "X told the
// Ambassador" only when the Ambassador is the one who met the group, and
// the frame's day goes only to the meetings of that group.
func TestFirstPersonAndFrameLimits(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Michael Ranneberger", "On June 2 we met with Finance Minister Amos Kimunya.", ""},
		{"Ambassador Michael Ranneberger", `On June 2 Prime Minister Raila Odinga said: "I recently met with President Yoweri Museveni."`, ""},
		{"Ambassador Michael Ranneberger", "Summary: The Ambassador met Foreign Minister Moses Wetangula on September 12. The Ambassador noted that President Mwai Kibaki met business leaders in Davos. End Summary.|" +
			"Opposition leader William Ruto told the Ambassador that the talks were failing.", "Michael Ranneberger - Moses Wetangula 2007-09-12"},
		{"Ambassador Michael Ranneberger", "Summary: The Ambassador met Foreign Minister Moses Wetangula on September 12. Prime Minister Raila Odinga, whom the Ambassador saw later in the week, was less optimistic. End Summary.|" +
			"Odinga told the Ambassador that the talks were failing.", "Michael Ranneberger - Moses Wetangula 2007-09-12; Michael Ranneberger - Raila Odinga "},
	})
}

// TestSideHeadedBlock: a participant block with no "Participants:" above
// it, each side under its own header ("Israeli Participants:", the list,
// "U.S. Participants:", the list), pairs the two lists, also under short
// headers ("U.S. Side:"), and opens no second block at the second header
// (with three sides, the first meets the others, as in a "Participants:"
// block); one such header alone opens no block (so the unnumbered heading
// "Iran" and the text under it are no second side).
func TestSideHeadedBlock(t *testing.T) {
	head := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHTV #2500 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\n" +
		"FM AMEMBASSY TEL AVIV\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nCONFIDENTIAL TEL AVIV 002500\n\n" +
		"E.O. 12958: DECL: 07/26/2017\nTAGS: PREL MARR IS\nSUBJECT: JOINT POLITICAL MILITARY GROUP\n\n" +
		"Classified By: Ambassador James B. Cunningham for reasons 1.4 b and d.\n\n" +
		"1. (C) Summary: The Joint Political Military Group met on September 14 in Tel Aviv. End summary.\n\n"
	israeli := "2. (U) Israeli Participants:\n\n" +
		"-- Brigadier General Pinchas Buchris, MOD Director General\n-- Major General Amos Gilad, MOD Political-Military Chief\n\n"
	us := "U.S. Participants:\n\n-- Assistant Secretary Andrew Shapiro\n-- Deputy Assistant Secretary Colin Kahl\n\n"
	for i, tt := range []struct{ text, want string }{
		{head + israeli + us + "CUNNINGHAM\n",
			"Amos Gilad - Andrew Shapiro 2007-09-14; Amos Gilad - Colin Kahl 2007-09-14; Andrew Shapiro - Pinchas Buchris 2007-09-14; Colin Kahl - Pinchas Buchris 2007-09-14"},
		{head + israeli + "Iran\n\nAssistant Secretary Andrew Shapiro stressed that the sanctions must follow.\n\nCUNNINGHAM\n", ""},
		{head + "2. (U) U.S. Side:\n\n-- Assistant Secretary Andrew Shapiro\n\nIsraeli Side:\n\n-- Major General Amos Gilad, MOD Political-Military Chief\n\nCUNNINGHAM\n",
			"Amos Gilad - Andrew Shapiro 2007-09-14"},
		{head + israeli + us + "Jordanian Participants:\n\n-- Brigadier General Ahmad Zaid\n\nCUNNINGHAM\n",
			"Ahmad Zaid - Amos Gilad 2007-09-14; Ahmad Zaid - Pinchas Buchris 2007-09-14; Amos Gilad - Andrew Shapiro 2007-09-14; Amos Gilad - Colin Kahl 2007-09-14; Andrew Shapiro - Pinchas Buchris 2007-09-14; Colin Kahl - Pinchas Buchris 2007-09-14"},
	} {
		r := cable.NewReader(strings.NewReader(tt.text), "test.txt")
		if !r.Next() {
			t.Fatalf("no cable: %v", r.Err())
		}
		if got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(r.Cable())), "; "); got != tt.want {
			t.Errorf("%d. MET\n got %s\nwant %s", i, got, tt.want)
		}
	}
}

// TestMeetingAdverbials: a length of time before "with" ("met for one
// hour on May 17 with") leaves the object to the verb, so the two
// subjects are one side; words that place the companions in the meeting
// may stand between "was accompanied" and "by".
func TestMeetingAdverbials(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Visiting PDAS Carl Brenner and Ambassador Stapleton met for one hour on September 17 with presidential candidate Ramon Ortega.",
			"Carl Brenner - Ramon Ortega 2007-09-17; Craig Stapleton - Ramon Ortega 2007-09-17"},
		{"Ambassador Craig Stapleton", "Special Envoy Carl Brenner met with Foreign Secretary Rina Kapoor on September 18. Brenner was accompanied in the meeting by Ambassador Stapleton and Advisor Tom Hale.",
			"Carl Brenner - Rina Kapoor 2007-09-18; Craig Stapleton - Rina Kapoor 2007-09-18; Rina Kapoor - Tom Hale 2007-09-18"},
		{"Ambassador Craig Stapleton", "President Mirko Dunaj met Prime Minister Alan Hart on September 18. Dunaj was accompanied for part of the meeting by Foreign Minister Ivo Rasko.",
			"Alan Hart - Ivo Rasko 2007-09-18; Alan Hart - Mirko Dunaj 2007-09-18"},
	})
}

// TestDescribedObject: an object that a description in lower case opens
// and its holder's name closes, after a comma, is that person; not what
// is received ("a call from"), and not a second description after the
// comma.
func TestDescribedObject(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met on September 18 with the main opposition contender for the presidency in the 2010 elections, Ramon Ortega.",
			"Craig Stapleton - Ramon Ortega 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met on September 18 with the senior official responsible for Bangladesh, Sri Lanka, and Myanmar, Ramon Ortega.",
			"Craig Stapleton - Ramon Ortega 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton received a call from the campaign manager of the opposition, Ramon Ortega.", ""},
		{"Ambassador Craig Stapleton", "General Ivo Rasko had received a promotion to Lieutenant General, a fact unknown to the Chief of Staff, General Ramon Ortega.", ""},
	})
}

// TestAttendanceLists: "In attendance for the Dutch were" heads a side
// list; the people the meeting sentence before the lists names join the
// side of their country; and the people of a sentence that says they did
// not attend the meeting join no side list.
func TestAttendanceLists(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met September 18 for lunch with members of the Defense Committee. " +
			"In attendance for the Dutch were Committee Chair Anna Visser (Labor Party) and Kees Bakker (Labor). " +
			"Pieter de Wit (Christian Democrats) also will participate in the trip, but was not able to attend the lunch. " +
			"U.S. attendees included Colonel David Kern and polmiloff Jason Grant.",
			"Anna Visser - Craig Stapleton 2007-09-18; Anna Visser - David Kern 2007-09-18; Anna Visser - Jason Grant 2007-09-18; Craig Stapleton - Kees Bakker 2007-09-18; David Kern - Kees Bakker 2007-09-18; Jason Grant - Kees Bakker 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met September 18 for lunch with members of the Defense Committee. " +
			"Pieter de Wit (Christian Democrats) also will participate in the trip, but was not able to attend the lunch. " +
			"U.S. attendees included Colonel David Kern and polmiloff Jason Grant.", ""},
	})
}

// TestTrailingCompanions: an "accompanied by" phrase after the objects
// of "met" names the subject's companions, or the objects' when the text
// gives them the objects' country and not the subject's.
func TestTrailingCompanions(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with President Hamid Rahimi and his security ministers, as well as Advisor Omar Zaki, on September 18, accompanied by Ambassador Stapleton and Deputy Ambassador Tom Reed.",
			"Ann Cole - Hamid Rahimi 2007-09-18; Craig Stapleton - Hamid Rahimi 2007-09-18; Hamid Rahimi - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met with Afghan President Hamid Rahimi on September 18, accompanied by Afghan Foreign Minister Ali Nazari.",
			"Ali Nazari - Craig Stapleton 2007-09-18; Craig Stapleton - Hamid Rahimi 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met with President Hamid Rahimi on September 18 while the Vice President toured Kandahar, accompanied by Minister Ali Nazari.",
			"Craig Stapleton - Hamid Rahimi 2007-09-18"},
	})
}

// TestUnnamedFirstParty: when the people a meeting phrase names are all
// of one party, because the other is unnamed ("between Poloffs and A and
// B"; "In a discussion with A and B, B indicated"), they are not paired
// with each other; a US official among those met still met the subject.
func TestUnnamedFirstParty(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "In a September 17 discussion between Poloffs and Anna Visser, MFA desk officer for Zimbabwe, and Kees Bakker, head of the Africa division, the Dutch reported the EU's sanction plan.", ""},
		{"Ambassador Craig Stapleton", "In a September 17 discussion with Anna Visser and Kees Bakker, senior policy officers in the Middle East department, Bakker indicated the Netherlands would support the resolution.", ""},
		{"Ambassador Craig Stapleton", "In September 17 meetings with Brigadier Omar Ansari and Poloff Jason Grant, Ansari indicated he had received a read-out.", "Jason Grant - Omar Ansari 2007-09-17"},
		{"Ambassador Craig Stapleton", "In a September 17 discussion between Ambassador Stapleton and Anna Visser, the Dutch reported the EU's sanction plan.", "Anna Visser - Craig Stapleton 2007-09-17"},
	})
}

// TestSpokeWith: "spoke with" says no more than a bare "told" of how
// (GOLD-FORMAT.md): a meeting only in a sentence that names one.
func TestSpokeWith(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Foreign Minister Ivo Rasko said he had spoken with Prime Minister Alan Hart about the summit.", ""},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton spoke with Prime Minister Alan Hart at a September 18 lunch.", "Alan Hart - Craig Stapleton 2007-09-18"},
	})
}

// TestHypotheticalAndNewClause: "the possibility of meeting", "an alleged
// conversation" tell no meeting; "..., and Foreign Minister X greatly
// appreciated" opens a new clause, whose subject is no object of the
// meeting before it.
func TestHypotheticalAndNewClause(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "They followed statements by Senator Ann Cole about the possibility of meeting with Prime Minister Alan Hart.", ""},
		{"Ambassador Craig Stapleton", "Officials referred to an alleged conversation between President Ivo Rasko and Prime Minister Alan Hart.", ""},
		{"Ambassador Craig Stapleton", "Prime Minister Alan Hart was pleased with his September 17 meeting with the Vice President, and Foreign Minister Ivo Rasko greatly appreciated his meeting with Senator Ann Cole.",
			"Ann Cole - Ivo Rasko 2007-09-17"},
	})
}

// TestMinistryDomainInTitle: a ministry's domain the lexicon marks as no
// title word ("Internal" of "Minister for Internal Security") is of the
// title before or after "of"/"for"; and an apposition stops before a
// given name that is also a town's ("George Saitoti"), so the title is
// the next person's, not the one before.
func TestMinistryDomainInTitle(t *testing.T) {
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "Minister of Internal Security George Saitoti spoke to reporters. "+
		"Kosgei stated that Francis Muthaura, Minister for Internal Security George Saitoti, and Minister for Foreign Affairs Moses Wetangula are all close to the President."))
	got := map[string][]string{}
	for _, e := range res.Entities {
		got[e.Name] = e.Titles
	}
	if !slices.Contains(got["George Saitoti"], "Minister of Internal Security") || !slices.Contains(got["George Saitoti"], "Minister for Internal Security") {
		t.Errorf("George Saitoti: titles %v", got["George Saitoti"])
	}
	if len(got["Francis Muthaura"]) > 0 {
		t.Errorf("Francis Muthaura: titles %v, want none", got["Francis Muthaura"])
	}
}

// TestJoinedSides: "The President was joined by" names the President's
// companions though the title stands for a name told before; "Joining X
// were" names X's; a side list whose head opens with a country and a
// side word may run long ("Sri Lankan participants in the two-hour
// meeting at the President's residence were"); and a list of no country
// right after a sentence in which one person met a group is that group.
func TestJoinedSides(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "President Ivo Rasko received Congressman Tom Reed at his home on September 18. Reed carried a letter from President Bush. The President was joined by his Minister of Trade, Ali Nazari.",
			"Ali Nazari - Tom Reed 2007-09-18; Ivo Rasko - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Ann Cole met Crown Prince Salman Khalid at the palace on September 18. Joining Khalid were Minister for Cabinet Affairs Ali Nazari and General Omar Zaki, Commander of the Police.",
			"Ali Nazari - Ann Cole 2007-09-18; Ann Cole - Omar Zaki 2007-09-18; Ann Cole - Salman Khalid 2007-09-18"},
		{"Ambassador Craig Stapleton", "Indian External Affairs Minister Pranab Mukherjee met with senior GSL officials on September 18. Sri Lankan participants in the two-hour meeting at the President's residence were Defense Secretary Gotabaya Rajapaksa and Foreign Secretary Palitha Kohona.",
			"Gotabaya Rajapaksa - Pranab Mukherjee 2007-09-18; Palitha Kohona - Pranab Mukherjee 2007-09-18"},
		{"Ambassador Craig Stapleton", "State Secretary Marcelo Itagiba briefed members of the Hyde CODEL on September 18 at the Marriott Hotel. Participants included Representative Henry Hyde and Representative Tom Lantos.",
			"Henry Hyde - Marcelo Itagiba 2007-09-18; Marcelo Itagiba - Tom Lantos 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Charles Grassley met members of the business community on September 18. Other participants included Senator Mike Crapo and Senator Wayne Allard.", ""},
	})
}

// TestToldThatHe: in "X told Y that he had met Z", "he" is X, who tells,
// not Y, who is told.
func TestToldThatHe(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 18 President Ivo Rasko told Senator Ann Cole that he had met with Special Envoy Omar Zaki during Zaki's recent visit.",
			"Ivo Rasko - Omar Zaki "},
	})
}

// TestVisitPurposeAndTheTwo: the purpose of a visit made ("visited Rome
// on September 17 to meet with", "to hold talks with") is a meeting
// held; "when the two met" pairs the two people named before it; "both"
// may open the subject after a meeting phrase.
func TestVisitPurposeAndTheTwo(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "President Ivo Rasko visited Rome September 17 to meet with Prime Minister Alan Hart.", "Alan Hart - Ivo Rasko 2007-09-17"},
		{"Ambassador Craig Stapleton", "Germany's point-person on Iran, Omar Zaki, visited New Delhi September 17 to hold talks with Additional Secretary Meera Shankar.", "Meera Shankar - Omar Zaki 2007-09-17"},
		{"Ambassador Craig Stapleton", "President Ivo Rasko visited Rome September 17 to open an exhibition with Prime Minister Alan Hart.", ""},
		{"Ambassador Craig Stapleton", "An analyst said President Ivo Rasko had given Alan Hart a green light when the two met on September 17.", "Alan Hart - Ivo Rasko 2007-09-17"},
		{"Ambassador Craig Stapleton", "In meetings with Senator Ann Cole on September 17, both Prime Minister Alan Hart and Foreign Minister Ivo Rasko expressed interest.",
			"Alan Hart - Ann Cole 2007-09-17; Ann Cole - Ivo Rasko 2007-09-17"},
	})
}

// TestToldDuringMeeting: "X told A and B during a meeting" pairs X with
// every person of the list before the meeting phrase, also when a title
// in apposition stands between X and the verb.
func TestToldDuringMeeting(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Paul Arkwright, the Head of the FCO's Counterproliferation Department told ISN Director Philip Foley and Coordinator Thomas Wuchte during a September 10 meeting in London that the UK will remain engaged.",
			"Paul Arkwright - Philip Foley 2007-09-10; Paul Arkwright - Thomas Wuchte 2007-09-10"},
		{"Ambassador Craig Stapleton", "Paul Arkwright told ISN Director Philip Foley and Coordinator Thomas Wuchte during a September 10 meeting in London that the UK will remain engaged.",
			"Paul Arkwright - Philip Foley 2007-09-10; Paul Arkwright - Thomas Wuchte 2007-09-10"},
	})
}

// TestGerundLeadAndAlsoAttended: "In addition to meeting with X, Y also
// met with Z" makes Y the subject, not X (X's apposition included), and
// Y met X ("to" before a gerund is no infinitive there, but "looking
// forward to meeting" is a plan); "A and B also attended the meeting
// between X and Y" puts A and B on the side of their country.
func TestGerundLeadAndAlsoAttended(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "In addition to meeting with his counterpart, Cuban Foreign Minister Felipe Perez Roque, Brazilian Foreign Minister Celso Amorim also met with Cuban President Raul Castro on September 18.",
			"Celso Amorim - Felipe Perez Roque 2007-09-18; Celso Amorim - Raul Castro 2007-09-18"},
		{"Ambassador Craig Stapleton", "Cuban Vice President Carlos Lage and Cuban Minister Marta Lomas also attended the September 18 meeting between Brazilian Foreign Minister Celso Amorim and Cuban President Raul Castro.",
			"Carlos Lage - Celso Amorim 2007-09-18; Celso Amorim - Marta Lomas 2007-09-18; Celso Amorim - Raul Castro 2007-09-18"},
		{"Ambassador Craig Stapleton", "She added that Prime Minister Alan Harper was looking forward to meeting with President Ivo Rasko in Canada.", ""},
	})
}

// TestReviewMends: inputs from the review of the session's rules, each a
// case one of them got wrong before its mend.
func TestReviewMends(t *testing.T) {
	checkMET(t, []metCase{
		// deniedMeeting reads only the clause of the meeting word.
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met Foreign Minister Alan Hart on September 17. On September 18, Ambassador Stapleton, who will leave post next month, met with members of the Defense Committee. U.S. attendees included Colonel David Kern and polmiloff Jason Grant.",
			"Alan Hart - Craig Stapleton 2007-09-17"},
		// A person of the meeting's topic joins no side.
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met September 18 for lunch with members of the Defense Committee to discuss Prime Minister Jan Balkenende's decision on Afghanistan. In attendance for the Dutch were Committee Chair Anna Visser and Kees Bakker. U.S. attendees included Colonel David Kern and polmiloff Jason Grant.",
			"Anna Visser - Craig Stapleton 2007-09-18; Anna Visser - David Kern 2007-09-18; Anna Visser - Jason Grant 2007-09-18; Craig Stapleton - Kees Bakker 2007-09-18; David Kern - Kees Bakker 2007-09-18; Jason Grant - Kees Bakker 2007-09-18"},
		// "Joining X in <doing something> were" and "Joining X's" are no meeting.
		{"Ambassador Craig Stapleton", "Senator Ann Cole met Crown Prince Salman Khalid at the palace on September 18. Joining Khalid in criticizing the plan were Minister Ali Nazari and General Omar Zaki.",
			"Ann Cole - Salman Khalid 2007-09-18"},
		// A described object ends at a day, and a name a verb follows is the sentence's subject.
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met with the Chinese delegation on September 18, Foreign Minister Alan Hart (protect) told Poloff.", ""},
		// "one" is skipped only before a length of time.
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met one of the advisors of Prime Minister Alan Hart on September 18.", ""},
		// "the two" leaves out the one who says it, and owners.
		{"Ambassador Craig Stapleton", "The Ambassador asked President Ivo Rasko about Alan Hart and Omar Zaki, and Rasko said the two met on September 17.",
			"Alan Hart - Omar Zaki 2007-09-17"},
		// Trailing companions: the verb's date, and not another verb's companions.
		{"Ambassador Craig Stapleton", "Two days after her arrival on September 16, Senator Ann Cole, Chair of the Senate Foreign Relations Committee, met on September 18 with President Hamid Rahimi, accompanied by Ambassador Stapleton and Deputy Ambassador Tom Reed.",
			"Ann Cole - Hamid Rahimi 2007-09-18; Craig Stapleton - Hamid Rahimi 2007-09-18; Hamid Rahimi - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with President Hamid Rahimi on September 18 and then toured the Kabul military hospital, accompanied by Ambassador Stapleton.",
			"Ann Cole - Hamid Rahimi 2007-09-18"},
		// "her" after ", and X verb" stays the first clause's subject's.
		{"Ambassador Craig Stapleton", "Secretary Rice thanked Prime Minister Alan Hart for the lunch, and Foreign Minister Ivo Rasko welcomed her meeting with President Omar Zaki on September 17.",
			"Condoleezza Rice - Omar Zaki 2007-09-17"},
		// "spoke with" about a meeting is no meeting; at an occasion it is.
		{"Ambassador Craig Stapleton", "Foreign Minister Ivo Rasko said he had spoken with Prime Minister Alan Hart about the talks on Kosovo.", ""},
		{"Ambassador Craig Stapleton", "On the margins of the September 18 meeting with the Minister, Ambassador Stapleton spoke briefly with Ambassador Eduardo Felicio.", "Craig Stapleton - Eduardo Felicio 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton spoke briefly with President Ivo Rasko on the evening of September 17 after a ceremony commemorating the end of the war.", "Craig Stapleton - Ivo Rasko 2007-09-17"},
		// "was also joined in the meeting by".
		{"Ambassador Craig Stapleton", "Senator Ann Cole met Crown Prince Salman Khalid at the palace on September 18. Khalid was also joined in the meeting by Minister Ali Nazari.",
			"Ali Nazari - Ann Cole 2007-09-18; Ann Cole - Salman Khalid 2007-09-18"},
	})
}

// TestReviewMends2: inputs from the second review of the session's rules
// and their mends, each a case one of them got wrong before its mend.
func TestReviewMends2(t *testing.T) {
	checkMET(t, []metCase{
		// A described object's name with a relative clause of its own
		// stays the object; a companion's name before the main verb too.
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met on September 18 with the main opposition contender for the presidency in the 2010 elections, Ramon Ortega, who said he would run again.",
			"Craig Stapleton - Ramon Ortega 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met President Oscar Arias on September 18. Arias, accompanied by his running mate for first vice president, Laura Chinchilla, said the campaign was draining.",
			"Craig Stapleton - Laura Chinchilla 2007-09-18; Craig Stapleton - Oscar Arias 2007-09-18"},
		// A gerund lead ends at its first comma (or after its object's
		// apposition), not at the sentence's last.
		{"Ambassador Craig Stapleton", "After meeting with the Ambassador, Prime Minister Alan Hart met with Omar Zaki, Ivo Rasko, and Tom Reed on September 18.",
			"Alan Hart - Ivo Rasko 2007-09-18; Alan Hart - Omar Zaki 2007-09-18; Alan Hart - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "After meeting with Raul Castro on September 17, Celso Amorim, the Brazilian Foreign Minister, met with Carlos Lage on September 18.",
			"Carlos Lage - Celso Amorim 2007-09-18"},
		// An owner is no subject of "told ... during a meeting"; a clause's
		// subject after the one told is no object.
		{"Ambassador Craig Stapleton", "Prime Minister Alan Hart's Chief of Staff told ISN Director Philip Foley during a September 10 meeting in London that the plan was agreed.", ""},
		{"Ambassador Craig Stapleton", "Paul Arkwright told ISN Director Philip Foley Foreign Secretary David Miliband had agreed to the plan during a September 10 meeting in London.",
			"Paul Arkwright - Philip Foley 2007-09-10"},
		// Attendees of two countries join two sides.
		{"Ambassador Craig Stapleton", "Brazilian presidential advisor Marco Aurelio Garcia and Cuban Minister Marta Lomas also attended the September 18 meeting between Brazilian Foreign Minister Celso Amorim and Cuban President Raul Castro.",
			"Celso Amorim - Marta Lomas 2007-09-18; Celso Amorim - Raul Castro 2007-09-18; Marco Aurelio Garcia - Marta Lomas 2007-09-18; Marco Aurelio Garcia - Raul Castro 2007-09-18"},
		// "spoke with": an occasion of another clause or of the topic is
		// none; the sidelines of a summit are one.
		{"Ambassador Craig Stapleton", "After the summit collapsed, Foreign Minister Ivo Rasko said he had spoken with Prime Minister Alan Hart about the crisis on September 18.", ""},
		{"Ambassador Craig Stapleton", "Foreign Minister Ivo Rasko said he had spoken with Prime Minister Alan Hart on the conference agenda.", ""},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton spoke with President Ivo Rasko on the sidelines of the NATO summit on September 18.", "Craig Stapleton - Ivo Rasko 2007-09-18"},
		{"Ambassador Craig Stapleton", "Following the 45 minute meeting with the full American delegation reported here, President Ivo Rasko spoke privately for another 45 minutes with Senator Ann Cole on September 18.",
			"Ann Cole - Ivo Rasko 2007-09-18"},
		// "Joining X at the September 18 meeting were"; not "Joining X's".
		{"Ambassador Craig Stapleton", "Senator Ann Cole met Crown Prince Salman Khalid at the palace on September 18. Joining Khalid at the September 18 meeting were Minister Ali Nazari and General Omar Zaki.",
			"Ali Nazari - Ann Cole 2007-09-18; Ann Cole - Omar Zaki 2007-09-18; Ann Cole - Salman Khalid 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Ann Cole met Crown Prince Salman Khalid at the palace on September 18. Joining Khalid's cabinet last year were Minister Ali Nazari and General Omar Zaki.",
			"Ann Cole - Salman Khalid 2007-09-18"},
		// A topic in an opening phrase leaves the subject on its side.
		{"Ambassador Craig Stapleton", "During a September 18 lunch to discuss Afghanistan, Ambassador Stapleton met with members of the Defense Committee. In attendance for the Dutch were Committee Chair Anna Visser and Kees Bakker. U.S. attendees included Colonel David Kern and polmiloff Jason Grant.",
			"Anna Visser - Craig Stapleton 2007-09-18; Anna Visser - David Kern 2007-09-18; Anna Visser - Jason Grant 2007-09-18; Craig Stapleton - Kees Bakker 2007-09-18; David Kern - Kees Bakker 2007-09-18; Jason Grant - Kees Bakker 2007-09-18"},
		// Trailing companions: the meeting's own talk is no other
		// activity; "and later toured" is.
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with President Hamid Rahimi on September 18 and discussed the elections, accompanied by Ambassador Stapleton.",
			"Ann Cole - Hamid Rahimi 2007-09-18; Craig Stapleton - Hamid Rahimi 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with President Hamid Rahimi on September 18 and later toured the hospital, accompanied by Ambassador Stapleton.",
			"Ann Cole - Hamid Rahimi 2007-09-18"},
		// "met one on one with".
		{"Ambassador Craig Stapleton", "Ambassador Stapleton met one on one with President Ivo Rasko on September 18.", "Craig Stapleton - Ivo Rasko 2007-09-18"},
		// "the two" leaves out an owner.
		{"Ambassador Craig Stapleton", "President Ivo Rasko and Prime Minister Alan Hart's envoy, Omar Zaki, agreed on the deal when the two met on September 17.",
			"Ivo Rasko - Omar Zaki 2007-09-17"},
	})
}

// TestDateOutsideLead: a date in an opening clause ("As part of their
// September 14-17 visit to Israel," "After meeting with the Ambassador on
// September 17,") is not the main verb's when the main clause gives one.
func TestDateOutsideLead(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "As part of their September 14-17 visit to Israel, CODEL Cardin met with Likud Party leader Benjamin Netanyahu on September 16 in Jerusalem.",
			"Benjamin Netanyahu - Cardin 2007-09-16"},
		{"Ambassador Craig Stapleton", "After meeting with the Ambassador on September 17, Prime Minister Alan Hart met with Omar Zaki and Tom Reed on September 18.",
			"Alan Hart - Omar Zaki 2007-09-18; Alan Hart - Tom Reed 2007-09-18"},
	})
}

// TestNewcomersOfNoCountry: people who joined a meeting and whom the text
// gives no country join the side that is not the Americans', when one
// side is all American and the other has none, and none of them bears a
// name other cables give Americans.
func TestNewcomersOfNoCountry(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 18, Crown Prince Salman Khalid hosted CENTCOM Commander General Tom Reed for dinner. They discussed regional security. Khalid expressed concern about the border. Also present were Chief of Staff Omar Zaki and Ali Nazari.",
			"Ali Nazari - Tom Reed 2007-09-18; Omar Zaki - Tom Reed 2007-09-18; Salman Khalid - Tom Reed 2007-09-18"},
		// An American given name may be either side's.
		{"Ambassador Craig Stapleton", "On September 18, Crown Prince Salman Khalid hosted CENTCOM Commander General Tom Reed for dinner. Also present were Omar Zaki and John Miller.",
			"Salman Khalid - Tom Reed 2007-09-18"},
		// Neither side American: no side to join.
		{"Ambassador Craig Stapleton", "On September 18, Crown Prince Salman Khalid hosted Emir Hamad Nasser for dinner. Also present were Omar Zaki and Ali Nazari.",
			"Hamad Nasser - Salman Khalid 2007-09-18"},
	})
}

// TestBareAmbassadorCountry: "Ambassador" alone makes an American only of
// a name other cables give Americans, or of the one the cable calls "the
// Ambassador".
func TestBareAmbassadorCountry(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string
	}{
		{"Ambassador Thierry Vaissiere told Poloff that Ambassador Richard Holbrooke would visit.",
			map[string]string{"Thierry Vaissiere": "FR", "Richard Holbrooke": "US"}},
		{"The Ambassador met with President Alain Ruel on September 18. The Ambassador told Ruel of his ties with Ambassador Luc Mordant.",
			map[string]string{"Luc Mordant": "US", "Alain Ruel": "FR"}},
	} {
		res := (&Extractor{}).Extract(cableClassifiedBy(t, "DCM Carol Urban", "NAMES", tc.text))
		for _, e := range res.Entities {
			if w, ok := tc.want[e.Name]; ok && e.Country == w {
				delete(tc.want, e.Name)
			}
		}
		if len(tc.want) > 0 {
			t.Errorf("%s: countries not given: %v", tc.text, tc.want)
		}
	}
	// An American's "Ambassador" is evidence for the side a newcomer joins.
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Ambassador William Kessel met Alain Ruel on September 18. Poloff Tom Reed also attended.",
			"Alain Ruel - Tom Reed 2007-09-18; Alain Ruel - William Kessel 2007-09-18"},
	})
}

// TestTwoSidesOneSentence: a semicolon may open the second side's list
// inside the first's sentence.
func TestTwoSidesOneSentence(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with French Foreign Secretary Alain Ruel on September 18. Also in attendance from the U.S. side were Tom Reed, Deputy for Cole; and an Embassy notetaker; the French side also included Director Luc Mordant.",
			"Alain Ruel - Ann Cole 2007-09-18; Alain Ruel - Tom Reed 2007-09-18; Ann Cole - Luc Mordant 2007-09-18; Luc Mordant - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "Assistant Secretary Ann Cole met with French Foreign Secretary Alain Ruel on September 18. U.S. participants also included Tom Reed and Jim Bell; and the French side included Director Luc Mordant.",
			"Alain Ruel - Ann Cole 2007-09-18; Alain Ruel - Jim Bell 2007-09-18; Alain Ruel - Tom Reed 2007-09-18; Ann Cole - Luc Mordant 2007-09-18; Jim Bell - Luc Mordant 2007-09-18; Luc Mordant - Tom Reed 2007-09-18"},
	})
}

// TestJoinedObject: "X joined Y" after a meeting of Y puts X on Y's side,
// Y named or a title of one person of the meeting; not when the clause
// goes on to another activity or Y was in no meeting just told.
func TestJoinedObject(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with French Foreign Minister Alain Ruel on September 18. Director Luc Mordant joined Ruel for the meeting.",
			"Alain Ruel - Ann Cole 2007-09-18; Ann Cole - Luc Mordant 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with French Foreign Minister Alain Ruel on September 18. Director Luc Mordant joined the Foreign Minister.",
			"Alain Ruel - Ann Cole 2007-09-18; Ann Cole - Luc Mordant 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with French Foreign Minister Alain Ruel on September 18. Director Luc Mordant joined Ruel in criticizing the plan.",
			"Alain Ruel - Ann Cole 2007-09-18"},
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with French Foreign Minister Alain Ruel on September 18. Director Luc Mordant joined President Paul Vire.",
			"Alain Ruel - Ann Cole 2007-09-18"},
	})
}

// TestTitleBeforeName: a minister's portfolio of two domains ("Minister
// of Trade and Industry X") and a title in apposition before a full name
// ("The Minister of Health, Maria Luisa Avila, ...") are the person's
// titles; a US officer's bare title, a name with an apposed title of its
// own, a rank after the comma or a single word are not so titled.
func TestTitleBeforeName(t *testing.T) {
	res := (&Extractor{}).Extract(cableOf(t, "NAMES",
		"Minister of Trade and Industry Rachid Mohamed Rachid called for closer ties. The Minister of Health, Maria Luisa Avila, developed the position. Iceland's Foreign Minister, Ossur Skarphedinsson, presented it.",
		"In a farewell call on the Consul General, Mustafa Gunay, Secretary General of the Business Life Association, confirmed it. Also present was the Chief of Staff, Lt. General Hamad Nasser. Ali Samir, Minister of Housing, Utilities, and Urban Development, agreed.",
		"Burmese participants were U Thaung, Minister of Science and Technology U Nyan Win, Minister of Foreign Affairs. Following a call on the Ambassador, Omar Zaki, who leads the party, spoke. In a call on the Foreign Minister, Tom Reed, Secretary General of the party, confirmed it."))
	want := map[string]string{"Rachid Mohamed Rachid": "Minister of Trade and Industry", "Maria Luisa Avila": "Minister of Health", "Ossur Skarphedinsson": "Foreign Minister",
		"Mustafa Gunay": "Secretary General of the Business Life Association", "Tom Reed": "Secretary General"}
	for _, e := range res.Entities {
		if e.Type != Person {
			continue
		}
		switch w, ok := want[e.Name]; {
		case ok && slices.Contains(e.Titles, w) && len(e.Titles) == 1:
			delete(want, e.Name)
		case ok:
			t.Errorf("%s: titles %q, want only %q", e.Name, e.Titles, w)
			delete(want, e.Name)
		case e.Name == "Lt" || e.Name == "Utilities":
			t.Errorf("%q read as a person (titles %q)", e.Name, e.Titles)
		case e.Name == "U Thaung" && slices.ContainsFunc(e.Titles, func(t string) bool { return strings.Contains(t, "Nyan") }):
			t.Errorf("%s: titles %q run into the next name", e.Name, e.Titles)
		case e.Name == "Omar Zaki" && len(e.Titles) > 0:
			t.Errorf("%s: titles %q, want none", e.Name, e.Titles)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// TestNasabParts: a title or honorific word inside an Arabic name is a
// part of the name: after "bin", or a given name right before it.
func TestNasabParts(t *testing.T) {
	res := (&Extractor{}).Extract(cableOf(t, "NAMES",
		"Also present were Dubai World head Sultan bin Sulayem and Civil Aviation head Sheikh Ahmed bin Sayed al Maktoum. Sultan Qaboos bin Said received them. Foreign Minister Sheikh bin Zayed agreed."))
	want := map[string]bool{"Sultan bin Sulayem": true, "Ahmed bin Sayed al Maktoum": true, "Qaboos bin Said": true, "bin Zayed": true}
	for _, e := range res.Entities {
		if e.Type != Person || e.Name == "Josiah Rosenblatt" || e.Name == "Stapleton" {
			continue // the cable's own
		}
		if !want[e.Name] {
			t.Errorf("person %q (titles %q)", e.Name, e.Titles)
		}
		if e.Name == "Qaboos bin Said" && !slices.Contains(e.Titles, "Sultan") {
			t.Errorf("Qaboos bin Said: titles %q, want Sultan", e.Titles)
		}
		delete(want, e.Name)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// TestClergyAbbreviation: "Msgr." before a name ends no sentence, and
// is an honorific; a capitalised word of no one ("Caribbean") inside a
// description does not keep the name after its comma from being the
// object.
func TestClergyAbbreviation(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Ambassador Stapleton on September 18 called on the Holy See's official in charge of relations with Caribbean countries, Msgr. Angelo Accattino, to review recent developments.",
			"Angelo Accattino - Craig Stapleton 2007-09-18"},
		// A relative clause in the description: the name is another's.
		{"Ambassador Craig Stapleton", "On September 18 Ambassador Stapleton met with a prominent businessman who is close to the Governor of Asir, Prince Khalid bin Faisal.", ""},
	})
}

// TestListDayBesideRange: a side list takes the day of its meeting
// sentence though a range of days (when it was told) stands beside it.
func TestListDayBesideRange(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "Police commanders told Poloff September 18-19 that they had a positive meeting with army commanders in Jenin on September 18. Attending for the police were General Omar Zaki and Colonel Ali Nazari. Army representatives were General Tom Reed and Colonel Jim Bell.",
			"Ali Nazari - Jim Bell 2007-09-18; Ali Nazari - Tom Reed 2007-09-18; Jim Bell - Omar Zaki 2007-09-18; Omar Zaki - Tom Reed 2007-09-18"},
	})
}

// TestToldThenAccompanied: companions of one who told Americans something
// make the telling a meeting in person, and join the teller's side; a
// bare telling stays none, and so does a teller who is American.
func TestToldThenAccompanied(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "President Ivo Rasko emphasized to the Ambassador on September 18 that he would act. Rasko was accompanied by Defense Minister Ali Nazari and Police Chief Omar Zaki.",
			"Ali Nazari - Craig Stapleton 2007-09-18; Craig Stapleton - Ivo Rasko 2007-09-18; Craig Stapleton - Omar Zaki 2007-09-18"},
		{"Ambassador Craig Stapleton", "President Ivo Rasko emphasized to the Ambassador on September 18 that he would act. The plan was supported by Defense Minister Ali Nazari.", ""},
		{"Ambassador Craig Stapleton", "Assistant Secretary Ann Cole told the Ambassador on September 18 that she would act. Cole was accompanied by Tom Reed.", ""},
		// Told to a third party, as a report of what was said: not the
		// cable's own encounter.
		{"Ambassador Craig Stapleton", "President Ivo Rasko emphasized to Prime Minister Alain Hart on September 18 that he would act. Rasko was accompanied by Defense Minister Ali Nazari.", ""},
	})
}

// TestMarginsOpening: "On the margins of a meeting with X, on DATE Y
// did" puts Y at the meeting with X; "On the margins of the meeting, Y"
// names no one Y met.
func TestMarginsOpening(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On the margins of a meeting with visiting Secretary Ann Cole, on September 18 Minister of State Ali Nazari made a formal request to the Ambassador for assistance.",
			"Ali Nazari - Ann Cole 2007-09-18"},
		{"Ambassador Craig Stapleton", "President Ivo Rasko received Senator Ann Cole on September 18. On the margins of the meeting, NSB Deputy Director, and Rasko's nephew, Omar Zaki recommended a letter.",
			"Ann Cole - Ivo Rasko 2007-09-18"},
	})
}

// TestPassiveAgentMeeting: "raised by X in a meeting with Y": the agent
// had the meeting, not the sentence's subject.
func TestPassiveAgentMeeting(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "The Ambassador requests expeditious handling of the request, which was also raised by Foreign Minister Ali Nazari in a September 18 meeting with Secretary Ann Cole in Washington.",
			"Ali Nazari - Ann Cole 2007-09-18"},
		{"Ambassador Craig Stapleton", "The issue was previewed by Deputy Director Omar Zaki in a September 18 discussion with the Ambassador.",
			"Craig Stapleton - Omar Zaki 2007-09-18"},
	})
}

// TestReviewMends3: the inputs of the fourteenth session's review, each
// of which a rule of that session got wrong before its mend.
func TestReviewMends3(t *testing.T) {
	checkMET(t, []metCase{
		// toldInPerson: no remote telling, no telling about, no companions
		// of another occasion.
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador by phone on September 18 that his talks had gone well. Rasko was accompanied by Defense Minister Ali Nazari and Police Chief Omar Zaki.", ""},
		{"Ambassador Craig Stapleton", "President Ivo Rasko said to the Ambassador in a letter dated September 18 that he would act. Rasko was accompanied by Defense Minister Ali Nazari.", ""},
		{"Ambassador Craig Stapleton", "President Ivo Rasko said the Ambassador's remarks on September 18 were unhelpful. Rasko was accompanied by Defense Minister Ali Nazari.", ""},
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador on September 18 that his trip had been a success. Rasko was accompanied by Defense Minister Ali Nazari to Moscow.", ""},
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador's deputy on September 18 that he would act. Rasko was accompanied by Defense Minister Ali Nazari.", ""},
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador on September 18 that his trip had been a success. Rasko was accompanied by Defense Minister Ali Nazari, who then addressed a rally.", ""},
		// visitorsSide: an embassy's staff, one of a US body: either side;
		// an aide, the side of the one whose aide they are; a government's
		// counselor is no embassy's.
		{"Ambassador Craig Stapleton", "On September 18, Crown Prince Salman Khalid hosted CENTCOM Commander General Tom Reed for dinner. Also present were General Reed's aide, Major Rafael Ortiz, and Omar Zaki.",
			"Omar Zaki - Rafael Ortiz 2007-09-18; Omar Zaki - Tom Reed 2007-09-18; Rafael Ortiz - Salman Khalid 2007-09-18; Salman Khalid - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18, Crown Prince Salman Khalid hosted CENTCOM Commander General Tom Reed for dinner. Also present were Khalid's aide Omar Zaki and Presidential Counselor Hamad Nahyan.",
			"Hamad Nahyan - Tom Reed 2007-09-18; Omar Zaki - Tom Reed 2007-09-18; Salman Khalid - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18, Crown Prince Salman Khalid hosted CENTCOM Commander General Tom Reed for dinner. Also present were Embassy notetaker Rafael Ortiz and Omar Zaki.",
			"Salman Khalid - Tom Reed 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18, Crown Prince Salman Khalid hosted CENTCOM Commander General Tom Reed for dinner. Also present were Colonel Rafael Ortiz of CENTCOM and Omar Zaki.",
			"Salman Khalid - Tom Reed 2007-09-18"},
		// describedObject: a title or a family word or "close to" in the
		// description makes the name another's.
		{"Ambassador Craig Stapleton", "On September 18 the Ambassador met with the wife of the Prime Minister, Luc Mordant.", ""},
		{"Ambassador Craig Stapleton", "On September 18 the Ambassador met with the chief of staff of the President, Luc Mordant.", "Craig Stapleton - Luc Mordant 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18 Ambassador Stapleton met with a prominent businessman close to the Governor of Asir, Prince Khalid bin Faisal.", ""},
		// titleBeforeComma: not the object of another clause.
		{"Ambassador Craig Stapleton", "The Ambassador met with the President on September 18. After meeting with the President, Ali Nazari, who leads the opposition, told the press he was satisfied.", ""},
		// "Mons." is also a town.
		{"Ambassador Craig Stapleton", "Defense Minister Ali Nazari met General Craddock at SHAPE in Mons. On September 18 the Ambassador met with Foreign Minister Omar Zaki.",
			"Ali Nazari - Craddock ; Craig Stapleton - Omar Zaki 2007-09-18"},
		// meetingDay: the meeting's range, not the day of the telling.
		{"Ambassador Craig Stapleton", "On September 20, police commanders told Poloff that their September 17-18 talks with army commanders in Jenin went well. Attending for the police were General Omar Zaki and Colonel Ali Nazari. Army representatives were General Tom Reed and Colonel Jim Bell.",
			"Ali Nazari - Jim Bell ; Ali Nazari - Tom Reed ; Jim Bell - Omar Zaki ; Omar Zaki - Tom Reed "},
		// joinedAt: the clause must end at the object.
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with Foreign Minister Alain Ruel on September 18. Ruel praised his chief of staff, Luc Mordant. Mordant joined Ruel, then mayor of Lyon, in 2005.",
			"Alain Ruel - Ann Cole 2007-09-18"},
	})
	// The title of the object of another clause is not the name's.
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "In a call on the Economic Counselor, Omar Zaki, who heads the chamber of commerce, complained about visas. After talks with Interior Minister, Ali Nazari, who leads the party, left."))
	for _, e := range res.Entities {
		if (e.Name == "Omar Zaki" || e.Name == "Ali Nazari") && len(e.Titles) > 0 {
			t.Errorf("%s: titles %q, want none", e.Name, e.Titles)
		}
	}
}

// TestReviewMends4: the inputs of the fourteenth session's second review
// (of the first review's mends and two later rules), each of which the
// rules got wrong before its mend.
func TestReviewMends4(t *testing.T) {
	checkMET(t, []metCase{
		// passiveAgentBefore: a host's agent is no speaker at the meeting.
		{"Ambassador Craig Stapleton", "Senator Ann Cole was welcomed by Foreign Minister Ali Nazari at a September 18 dinner with Defense Minister Omar Zaki.",
			"Ann Cole - Omar Zaki 2007-09-18"},
		{"Ambassador Craig Stapleton", "Ambassador Stapleton, escorted by Protocol Chief Omar Zaki at a September 18 lunch with President Ivo Rasko, raised Afghanistan.", ""},
		// listDay: the day before the meeting word, not a topic's date;
		// a range ends the search for the list's day.
		{"Ambassador Craig Stapleton", "On September 18, Ambassador Stapleton met with members of the Defense Committee to discuss the October 5 vote on Afghanistan. In attendance for the French were Committee Chair Anna Visser and Kees Bakker. U.S. attendees included Colonel David Kern and polmiloff Jason Grant.",
			"Anna Visser - Craig Stapleton 2007-09-18; Anna Visser - David Kern 2007-09-18; Anna Visser - Jason Grant 2007-09-18; Craig Stapleton - Kees Bakker 2007-09-18; David Kern - Kees Bakker 2007-09-18; Jason Grant - Kees Bakker 2007-09-18"},
		{"Ambassador Craig Stapleton", "The Ambassador met with General Luc Mordant on September 10. On September 20, police commanders told Poloff that their September 17-18 talks with army commanders in Jenin went well. Attending for the police were General Omar Zaki and Colonel Ali Nazari. Army representatives were General Tom Reed and Colonel Jim Bell.",
			"Ali Nazari - Jim Bell ; Ali Nazari - Tom Reed ; Craig Stapleton - Luc Mordant 2007-09-10; Jim Bell - Omar Zaki ; Omar Zaki - Tom Reed "},
		// describedObject: "close to" or a family word only when a person
		// or a title follows it.
		{"Ambassador Craig Stapleton", "On September 18 the Ambassador met with a prominent businessman close to the ruling party, Omar Zaki.", "Craig Stapleton - Omar Zaki 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18 the Ambassador met with the mother of a jailed journalist, Maria Avila.", "Craig Stapleton - Maria Avila 2007-09-18"},
		// toldInPerson: "a letter" in what was said is no letter it was
		// said in; an adjective in "-ed" is no verb; another day or act is.
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador on September 18 that he would send a letter to the UN Secretary General. Rasko was accompanied by Defense Minister Ali Nazari.",
			"Ali Nazari - Craig Stapleton 2007-09-18; Craig Stapleton - Ivo Rasko 2007-09-18"},
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador on September 18 that he would act. Rasko was accompanied by Defense Minister Ali Nazari and newly appointed Police Chief Omar Zaki.",
			"Ali Nazari - Craig Stapleton 2007-09-18; Craig Stapleton - Ivo Rasko 2007-09-18; Craig Stapleton - Omar Zaki 2007-09-18"},
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador on September 18 that he would act. Rasko was accompanied by Defense Minister Ali Nazari during his September 10 visit.", ""},
		{"Ambassador Craig Stapleton", "President Ivo Rasko told the Ambassador on September 18 that he would act. Rasko was joined by Defense Minister Ali Nazari in rejecting it.", ""},
		// joinedAt: ", as did" ends the clause too.
		{"Ambassador Craig Stapleton", "Senator Ann Cole met with Foreign Minister Alain Ruel on September 18. Deputy Minister Omar Zaki joined Ruel, as did Chief of Staff Luc Mordant.",
			"Alain Ruel - Ann Cole 2007-09-18; Ann Cole - Omar Zaki 2007-09-18"},
	})
	// titleBeforeComma: the subject's own title after an opening phrase
	// that does not govern it, and after one that does when a subject
	// follows the apposition.
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "At the outset the Interior Minister, Omar Zaki, welcomed the delegation.",
		"In a September 18 meeting with the Minister of Health, Maria Avila, visiting Senator Ann Cole raised HIV funding."))
	want := map[string]string{"Omar Zaki": "Interior Minister", "Maria Avila": "Minister of Health"}
	for _, e := range res.Entities {
		if w, ok := want[e.Name]; ok && slices.Contains(e.Titles, w) {
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("titles not read: %v", want)
	}
}

// TestBracketedNickname: a nickname in quotes and brackets inside a name
// is no part of it, and "Pres." is a title, not a name.
func TestBracketedNickname(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 18 the Ambassador and General William E. (\"Kip\") Ward met with Malian President Amadou Toumani Toure.",
			"Amadou Toumani Toure - Craig Stapleton 2007-09-18; Amadou Toumani Toure - William E. Ward 2007-09-18"},
	})
	// "Pres Sarkozy" without the full stop, inside a sentence.
	res := (&Extractor{}).Extract(cableOf(t, "NAMES", "French President Nicolas Sarkozy visited Riyadh. The visit was to foster a relationship between Pres Sarkozy and King Abdullah."))
	for _, e := range res.Entities {
		if strings.HasPrefix(e.Name, "Pres ") {
			t.Errorf("person %q: 'Pres' is a title", e.Name)
		}
	}
}

// TestGroupTalk: a delegation named earlier spoke with one person, in a
// sentence with no meeting word after the group, in a cable whose subject
// line or summary reports the group's visit (delegations, groupTalk): the
// person met each member not of their own side, and the sentence adds no
// member but the one the group is named after and those a phrase after it
// lists.
func TestGroupTalk(t *testing.T) {
	intro := "Codel Baird consisted of Representatives Brian Baird (D-WA) and Jim Cooper (D-TN).|"
	for _, tc := range []struct{ subject, text, want string }{
		// The subject of a verb whose object is the group, past an
		// apposition; the day before what was said, not in it.
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "Intelligence Chief Omar Soliman, a former general, told the codel on September 18 that Iran was the threat.",
			"Brian Baird - Omar Soliman 2007-09-18; Jim Cooper - Omar Soliman 2007-09-18"},
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "Intelligence Chief Omar Soliman told the codel that Hamas had controlled Gaza since June 15.",
			"Brian Baird - Omar Soliman ; Jim Cooper - Omar Soliman "},
		// A host's verb, though it is also a meeting word.
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "Foreign Minister Ahmed Aboul Gheit hosted the codel.",
			"Ahmed Aboul Gheit - Brian Baird ; Ahmed Aboul Gheit - Jim Cooper "},
		// The group's own verb of telling, or "began by" and its gerund.
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "The codel began by thanking President Hosni Mubarak for his leadership.",
			"Brian Baird - Hosni Mubarak ; Hosni Mubarak - Jim Cooper "},
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "The codel also told President Hosni Mubarak that Congress backed the aid.",
			"Brian Baird - Hosni Mubarak ; Hosni Mubarak - Jim Cooper "},
		// Not one who need not be there, another group, what the group
		// owns, one whose government was thanked, a letter.
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "The codel also urged Prime Minister Ehud Olmert to ease the closure.", ""},
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "Syrian President Bashar al-Asad received a Hamas delegation in Damascus.", ""},
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "Foreign Minister Ahmed Aboul Gheit welcomed the codel's statement on Darfur.", ""},
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "The codel told President Hosni Mubarak's chief of staff, Zakaria Azmi, that aid would continue.", ""},
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "President Hosni Mubarak thanked the codel in a letter.", ""},
		// Not the delegations of both sides of a negotiation.
		{"TRADE TALKS", "The US delegation included Deputy Assistant Secretary Ann Cole.|Foreign Minister Ali Nazari congratulated the delegations on the progress.", ""},
		// Not a telling that did not happen.
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "Intelligence Chief Omar Soliman never told the codel about it.", ""},
		// A person named in what was said to the group is no member: not
		// Bashir with Soliman in the second sentence.
		{"DELEGATION MEETS EGYPTIAN LEADERS", "Intelligence Chief Omar Soliman told the delegation that Sudanese President Omar Bashir was ready.|Soliman told the delegation that Egypt had a plan.", ""},
		// The one the group is named after is: "told STAFFDEL Grove"; and
		// those a phrase after the group lists.
		{"STAFFDEL GROVE IN TRIPOLI", "Foundation Director Yusuf Sawani told STAFFDEL Grove that the Foundation was an umbrella.|Sawani told the STAFFDEL that it helped NGOs.",
			"Grove - Yusuf Sawani "},
		{"CODEL KERRY IN RAMALLAH", "Prime Minister Salam Fayyad welcomed the codel, which included Senators John Kerry and Richard Lugar, to Ramallah.|On September 18 the codel met with President Mahmoud Abbas.",
			"John Kerry - Mahmoud Abbas 2007-09-18; John Kerry - Salam Fayyad ; Mahmoud Abbas - Richard Lugar 2007-09-18; Richard Lugar - Salam Fayyad "},
		// Not when neither the subject nor the summary tells of the group's
		// visit: a bare "told" gives no medium; nor a "team" of another sense.
		{"MEETING", "Foreign Minister Ali Nazari spoke at the forum.|He left for Brussels.|The talks went well.|The delegation, led by Deputy Secretary Ann Cole, included Ambassador Frank Ricciardone.|Foreign Minister Ali Nazari told the delegation that reform was coming.", ""},
		{"MEETING", "A team of observers visited the polling stations on September 10.|He left for Brussels.|The talks went well.|The delegation, led by Deputy Secretary Ann Cole, included Ambassador Frank Ricciardone.|Foreign Minister Ali Nazari told the delegation that reform was coming.", ""},
		// Every member not of the speaker's side, of a mixed delegation too,
		// and one whose country is not known; not an embassy officer who
		// briefs a codel.
		{"EU DELEGATION VISITS HARARE", "The EU delegation included Swedish Minister Gunilla Carlsson, Belgian Commissioner Karel de Gucht and Fred Olsen.|Foreign Minister Samuel Mumbengegwi told the delegation not to worry.",
			"Fred Olsen - Samuel Mumbengegwi ; Gunilla Carlsson - Samuel Mumbengegwi ; Karel de Gucht - Samuel Mumbengegwi "},
		{"CODEL BAIRD MEETS EGYPTIAN LEADERS", intro + "Embassy Political Counselor Dennis Hearne briefed the codel on the elections.", ""},
		// Not the hosts of an earlier meeting who joined the group's people.
		{"DELEGATION IN PARIS", "The delegation, led by Senator John Kerry, included Senator Richard Lugar.|President Nicolas Sarkozy, accompanied by Foreign Minister Bernard Kouchner, received the delegation on September 18.|Elysee Secretary General Claude Gueant told the delegation that the economy was growing.",
			"Claude Gueant - John Kerry ; Claude Gueant - Richard Lugar "},
	} {
		c := cableClassifiedBy(t, "Ambassador Craig Stapleton", tc.subject, strings.Split(tc.text, "|")...)
		if got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "); got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// TestFromLine: an address line "FOR ... FROM AMBASSADOR SOBEL" puts the
// cable in the Ambassador's voice, though someone else classified it
// (fromLine), and "I met X and Y, and also had discussions with A and B"
// is two meetings of the same "I" (alsoHadWith).
func TestFromLine(t *testing.T) {
	raw := func(address, para string) *cable.Cable {
		text := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHBR #1859 2641612\nZNY CCCCC ZZH\nO 211612Z MAY 06\n" +
			"FM AMEMBASSY BRASILIA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nCONFIDENTIAL BRASILIA 001859\n\nSIPDIS\n\n" + address + "\n\n" +
			"E.O. 12958: DECL: 05/25/2016\nTAGS: PREL BR\nSUBJECT: INITIAL OBSERVATIONS\n\n" +
			"Classified By: POLITICAL COUNSELOR DENNIS HEARNE. REASONS: 1.4 (B)(D).\n\n1. (SBU) " + para + "\n\nSOBEL\n"
		r := cable.NewReader(strings.NewReader(text), "test.txt")
		if !r.Next() {
			t.Fatalf("no cable: %v", r.Err())
		}
		return r.Cable()
	}
	from := "FOR WHA ASSISTANT SECRETARY SHANNON FROM AMBASSADOR SOBEL"
	for _, tc := range []struct{ address, para, want string }{
		{from, "I met early on with Foreign Minister Celso Amorim and Lula's foreign policy advisor, Marco Aurelio Garcia, and also had highly productive discussions with Finance Minister Guido Mantega and Trade Minister Luiz Furlan.",
			"Celso Amorim - Sobel ; Guido Mantega - Sobel ; Luiz Furlan - Sobel ; Marco Aurelio Garcia - Sobel "},
		// Not a line to the Ambassador.
		{"FOR AMBASSADOR SOBEL FROM WHA ASSISTANT SECRETARY SHANNON", "I met early on with Foreign Minister Celso Amorim.", ""},
		// Not the "I" of a quotation, nor a "we" of other officers.
		{from, `On May 19 Foreign Minister Celso Amorim said: "I met with President Hugo Chavez in Caracas on May 3."`, ""},
		{from, "Econoff and Poloff traveled to Sao Paulo on May 15, where we met with Governor Geraldo Alckmin.", ""},
		// The second meeting on its own day; not one of a relative clause,
		// nor one denied or only sought.
		{from, "I met with Foreign Minister Celso Amorim on May 18, and also had lengthy discussions with Finance Minister Guido Mantega on May 20.",
			"Celso Amorim - Sobel 2006-05-18; Guido Mantega - Sobel 2006-05-20"},
		{from, "On May 18 I met with Foreign Minister Celso Amorim, who had just returned from Caracas and held talks with President Hugo Chavez.", "Celso Amorim - Sobel 2006-05-18"},
		{from, "On May 18 I met with Foreign Minister Celso Amorim, and had requested a meeting with President Lula, which has not been scheduled.", "Celso Amorim - Sobel 2006-05-18"},
		{from, "On May 18 I met with Foreign Minister Celso Amorim, and had no discussions with Finance Minister Guido Mantega.", "Celso Amorim - Sobel 2006-05-18"},
	} {
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(raw(tc.address, tc.para))), "; ")
		if got != tc.want {
			t.Errorf("%s: %s\n got %s\nwant %s", tc.address, tc.para, got, tc.want)
		}
	}
}

// TestSideHeadWithComma: "On the U.S. side, A, B and C participated.": a
// side list whose head ends at a comma and whose verb of taking part ends
// the sentence (sideListAt, tookPartAtEnd).
func TestSideHeadWithComma(t *testing.T) {
	meet := "On September 9, CODEL Tsongas met with Interior Minister Hanif Atmar at the Interior Ministry.|Participants: Minister Atmar was accompanied to this meeting by his Chief of Staff, Mr. Wayand, and a military aide. "
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", meet + "On the U.S. side, Rep. Niki Tsongas (D-MA), Rep. John Hall (D-NY), and Embassy Counselor Bob Clarke participated.",
			"Bob Clarke - Hanif Atmar 2007-09-09; Bob Clarke - Wayand 2007-09-09; Hanif Atmar - John Hall 2007-09-09; Hanif Atmar - Niki Tsongas 2007-09-09; John Hall - Wayand 2007-09-09; Niki Tsongas - Wayand 2007-09-09"},
		{"Ambassador Craig Stapleton", meet + "On the U.S. side, Rep. Niki Tsongas (D-MA), Rep. John Hall (D-NY), and Embassy Counselor Bob Clarke were present.",
			"Bob Clarke - Hanif Atmar 2007-09-09; Bob Clarke - Wayand 2007-09-09; Hanif Atmar - John Hall 2007-09-09; Hanif Atmar - Niki Tsongas 2007-09-09; John Hall - Wayand 2007-09-09; Niki Tsongas - Wayand 2007-09-09"},
		// No verb of taking part: what the side did, not who was there;
		// what one of them said of others; one who did not take part; a
		// head that names a time, not a side.
		{"Ambassador Craig Stapleton", meet + "On the U.S. side, Rep. John Hall (D-NY) and Embassy Counselor Bob Clarke argued for more aid.",
			"Hanif Atmar - Tsongas 2007-09-09"},
		{"Ambassador Craig Stapleton", meet + "On the U.S. side, Rep. John Hall (D-NY) noted that Mullah Omar and Jalaluddin Haqqani were present in Quetta.",
			"Hanif Atmar - Tsongas 2007-09-09"},
		{"Ambassador Craig Stapleton", meet + "On the Afghan side, Minister Atmar said that Governor Gul Agha Sherzai had not participated in the shura.",
			"Hanif Atmar - Tsongas 2007-09-09"},
		{"Ambassador Craig Stapleton", "On September 9, CODEL Tsongas met with Interior Minister Hanif Atmar at the Interior Ministry. Afghan participants were: Minister Atmar and General Bismillah Khan. On the delegation's second day, Rep. John Hall (D-NY) and Embassy Counselor Bob Clarke attended a shura in Kandahar.",
			"Bismillah Khan - Tsongas 2007-09-09; Hanif Atmar - Tsongas 2007-09-09"},
		// "This meeting" is the one just told, when a sentence of its
		// paragraph dates it.
		{"Ambassador Craig Stapleton", "On September 9, CODEL Tsongas met with Interior Minister Hanif Atmar at the Interior Ministry.|The codel then traveled to Kandahar.|On September 10, the codel met with Defense Minister Abdul Rahim Wardak. U.S. participants in this meeting were: Rep. Niki Tsongas (D-MA) and Embassy Counselor Bob Clarke. Afghan participants were: Minister Wardak and General Bismillah Khan.",
			"Abdul Rahim Wardak - Bob Clarke 2007-09-10; Abdul Rahim Wardak - Niki Tsongas 2007-09-10; Bismillah Khan - Bob Clarke 2007-09-10; Bismillah Khan - Niki Tsongas 2007-09-10; Hanif Atmar - Niki Tsongas 2007-09-09"},
	})
}

// TestCoordinatedSubject: "A met with B and also had discussions with C":
// the second meeting is A's, not B's (coordinatedSubject).
func TestCoordinatedSubject(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 18 the Ambassador met with Foreign Minister Celso Amorim and also had discussions with Finance Minister Guido Mantega.",
			"Celso Amorim - Craig Stapleton 2007-09-18; Craig Stapleton - Guido Mantega 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18 Vice Minister Kim met with State Secretary Tsogtbaatar and held a separate meeting with President Elbegdorj.",
			"Elbegdorj - Kim 2007-09-18; Kim - Tsogtbaatar 2007-09-18"},
		// The first meeting verb, not a meeting noun before the subject.
		{"Ambassador Craig Stapleton", "At the September 18 lunch, the Ambassador met with Foreign Minister Celso Amorim and also had discussions with Finance Minister Guido Mantega.",
			"Celso Amorim - Craig Stapleton 2007-09-18; Craig Stapleton - Guido Mantega 2007-09-18"},
		// Not two subjects who had the meal together.
		{"Ambassador Craig Stapleton", "On September 18 Foreign Minister Celso Amorim and the Ambassador had a one-on-one dinner.",
			"Celso Amorim - Craig Stapleton 2007-09-18"},
	})
}

// TestDottedTitles: "Rep." and "Sen." are titles though the tokeniser
// splits off their full stop (dottedTitle), which the title keeps: a member of the House is a US
// official; a Senator is one in a cable that shows the US Congress; "Sen"
// without its stop stays a surname.
func TestDottedTitles(t *testing.T) {
	res := (&Extractor{}).Extract(cableOf(t, "CODEL REYES", "Rep. Ike Skelton, Chair of the House Armed Services Committee, joined Rep. Silvestre Reyes (D-TX) in a meeting with President Felipe Calderon. Sen. Cornyn met Calderon. Indian Ambassador Ronen Sen met Calderon."))
	want := map[string][2]string{"Ike Skelton": {"Rep.", "US"}, "Cornyn": {"Sen.", "US"}, "Ronen Sen": {"Ambassador", "IN"}}
	for _, e := range res.Entities {
		w, ok := want[e.Name]
		if !ok {
			continue
		}
		if !slices.Contains(e.Titles, w[0]) || e.Country != w[1] {
			t.Errorf("%s: titles %v, country %s; want %s, %s", e.Name, e.Titles, e.Country, w[0], w[1])
		}
		delete(want, e.Name)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// TestProposedMeeting: a meeting that a proposal governs, further back in
// its clause than the words just before the trigger, is still to come
// (modalBefore); not when a verb in the past says it took place.
func TestProposedMeeting(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 18 President Lukashenka suggested he and President Dalia Grybauskaite hold a trilateral meeting with Ukrainian President Viktor Yushchenko.", ""},
		{"Ambassador Craig Stapleton", "He suggested both governments should begin thinking about a meeting between Presidents Bush and Zapatero at the UNGA.", ""},
		{"Ambassador Craig Stapleton", "Lukashenka suggested that he had already held a long meeting with Ukrainian President Viktor Yushchenko on September 10.", "Lukashenka - Viktor Yushchenko 2007-09-10"},
	})
}

// TestTopicOfWithVerb: a meeting noun that is the object of "discussed"
// or "reviewed" is a topic, and the "with" after it the verb's
// (topicOfWithVerb); not a noun in a phrase of its own, nor one a
// possessive pronoun owns.
func TestTopicOfWithVerb(t *testing.T) {
	by := "Charge Damian R. Leader"
	visit := "President Alexander Lukashenka visited Vilnius on September 15.|"
	checkMET(t, []metCase{
		{by, visit + "On September 18 foreign policy advisor Darius Semaska discussed the Lukashenka visit with Charge.", "Damian R. Leader - Darius Semaska 2007-09-18"},
		{by, visit + "On September 18 the issue was raised again in a meeting between Charge and Foreign Minister Vygaudas Usackas.", "Damian R. Leader - Vygaudas Usackas 2007-09-18"},
		{by, visit + "Foreign Minister Vygaudas Usackas previewed the offer in a meeting with Charge on September 18.", "Damian R. Leader - Vygaudas Usackas 2007-09-18"},
	})
}

// TestNoMeeting: "no" before a meeting noun denies it (notYet).
func TestNoMeeting(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 18 there was no face to face meeting between President Manuel Zelaya and Roberto Micheletti.", ""},
		{"Ambassador Craig Stapleton", "On September 18 there was a face to face meeting between President Manuel Zelaya and Roberto Micheletti.", "Manuel Zelaya - Roberto Micheletti 2007-09-18"},
	})
}

// TestTitleHolder: a titled bare surname ("President Arias") is the one of
// that surname who holds the title, not the last one named (titleHolder).
func TestTitleHolder(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "President Oscar Arias hosted the talks on September 9.|Minister of the Presidency Rodrigo Arias, who is also President Arias' brother, told us that things were not going well.|Both Zelaya and Micheletti separately met with President Arias on September 10.",
			"Micheletti - Oscar Arias 2007-09-10; Oscar Arias - Zelaya 2007-09-10"},
		{"Ambassador Craig Stapleton", "President Oscar Arias hosted the talks on September 9.|Minister of the Presidency Rodrigo Arias told us that things were not going well.|Both Zelaya and Micheletti separately met with Minister Arias on September 10.",
			"Micheletti - Rodrigo Arias 2007-09-10; Rodrigo Arias - Zelaya 2007-09-10"},
	})
}

// TestReviewMends5: the inputs of the fifteenth session's third review,
// each of which the session's rules got wrong before its mend.
func TestReviewMends5(t *testing.T) {
	by := "Ambassador Craig Stapleton"
	checkMET(t, []metCase{
		// The hosts of an earlier stop are no members of the group.
		{by, "The delegation, led by Senator John Kerry (D-MA), included Senator Richard Lugar (R-IN).|On September 17 President Nicolas Sarkozy, accompanied by Foreign Minister Bernard Kouchner, received the delegation at the Elysee.|In Berlin, German Chancellor Angela Merkel told the delegation on September 18 that Germany would send more troops.",
			"Angela Merkel - John Kerry 2007-09-18; Angela Merkel - Richard Lugar 2007-09-18"},
		// A phrase of members follows the group word: not Bashir.
		{by, "The delegation, led by Senator John Kerry and including Senator Richard Lugar, met with Egyptian leaders on September 17.|Foreign Minister Ahmed Aboul Gheit briefed the delegation on the Darfur plan, which included a role for Sudanese President Omar Bashir.|On September 18 the delegation met with President Hosni Mubarak.",
			"Ahmed Aboul Gheit - John Kerry ; Ahmed Aboul Gheit - Richard Lugar ; Hosni Mubarak - John Kerry 2007-09-18; Hosni Mubarak - Richard Lugar 2007-09-18"},
		// A meeting noun after "discussed" in a phrase of its own; "shared a
		// lunch with" is a meeting.
		{by, "On September 18 Foreign Minister Bernard Kouchner discussed the September 10 meeting between President Nicolas Sarkozy and Syrian President Bashar al-Asad.",
			"Bashar al-Assad - Nicolas Sarkozy 2007-09-10"},
		{by, "On September 18 the Ambassador shared a working lunch with Foreign Minister Bernard Kouchner.", "Bernard Kouchner - Craig Stapleton 2007-09-18"},
		// A suggestion that was a noun, a meeting that was held.
		{by, "At President Mubarak's suggestion, Palestinian President Mahmoud Abbas held a meeting with Israeli Prime Minister Ehud Olmert on September 18.", "Ehud Olmert - Mahmoud Abbas 2007-09-18"},
		{by, "At President Mubarak's suggestion, the September 18 meeting between Palestinian President Mahmoud Abbas and Israeli Prime Minister Ehud Olmert went ahead.", "Ehud Olmert - Mahmoud Abbas 2007-09-18"},
		{by, "Following the recommendations of the commission, President Nicolas Sarkozy held a long meeting with opposition leader Francois Bayrou on September 18.", "Francois Bayrou - Nicolas Sarkozy 2007-09-18"},
		// "through" in what was said.
		{by, "Codel Baird, consisting of Representatives Brian Baird (D-WA) and Jim Cooper (D-TN), met with Egyptian leaders on September 17.|Intelligence Chief Omar Soliman told the codel on September 18 that arms were still flowing into Gaza through the tunnels.",
			"Brian Baird - Omar Soliman 2007-09-18; Jim Cooper - Omar Soliman 2007-09-18"},
		// An aside after the list's last name; a word of a name is no verb.
		{by, "On September 9, CODEL Tsongas met with Interior Minister Hanif Atmar and Deputy Minister Abdul Hadi Wayand at the Interior Ministry. On the U.S. side, Rep. Niki Tsongas (D-MA), Rep. John Hall (D-NY), and Embassy Counselor Bob Clarke (notetaker) participated.",
			"Abdul Hadi Wayand - Bob Clarke 2007-09-09; Abdul Hadi Wayand - John Hall 2007-09-09; Abdul Hadi Wayand - Niki Tsongas 2007-09-09; Bob Clarke - Hanif Atmar 2007-09-09; Hanif Atmar - John Hall 2007-09-09; Hanif Atmar - Niki Tsongas 2007-09-09"},
		// "no fewer than" counts meetings.
		{by, "On September 18 Prime Minister Francois Fillon had no fewer than three meetings with Interior Minister Michele Alliot-Marie.", "Francois Fillon - Michele Alliot-Marie 2007-09-18"},
		// The first meeting verb of the main clause, not of an opening one.
		{by, "After he visited Kabul on September 10, Foreign Minister Bernard Kouchner met with President Hamid Karzai and also had discussions with opposition leader Abdullah Abdullah.",
			"Abdullah Abdullah - Bernard Kouchner 2007-09-10; Bernard Kouchner - Hamid Karzai 2007-09-10"},
		// "Sen" ending a sentence after a given name is a surname.
		{by, "On September 18 the Ambassador met with Indian National Security Adviser Pronab Sen.|Sen said India would sign.", "Craig Stapleton - Pronab Sen 2007-09-18"},
		// ... but a title when a given name follows, in a list run together.
		{by, "On December 2, CODEL Hyde met with Brazilian Deputy Vilmar Rocha.|PARTICIPANTS: U.S. Rep. Henry Hyde Rep. Thomas Lantos", "Henry Hyde - Vilmar Rocha 2006-12-02"},
	})
}

// TestReviewMends5FirstPerson: the first-person inputs of the fifteenth
// session's third review (alsoHadWith's day and guards).
func TestReviewMends5FirstPerson(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 18 I met with Foreign Minister Bernard Kouchner, and also had discussions with Finance Minister Christine Lagarde about the budget law passed on September 5.",
			"Bernard Kouchner - Craig Stapleton 2007-09-18; Christine Lagarde - Craig Stapleton 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18 I met with Foreign Minister Bernard Kouchner, and also had detailed discussions with Finance Minister Christine Lagarde.",
			"Bernard Kouchner - Craig Stapleton 2007-09-18; Christine Lagarde - Craig Stapleton 2007-09-18"},
		{"Ambassador Craig Stapleton", "On September 18 I met with Foreign Minister Bernard Kouchner, who had just returned from Beirut, and also had discussions with Finance Minister Christine Lagarde.",
			"Bernard Kouchner - Craig Stapleton 2007-09-18; Christine Lagarde - Craig Stapleton 2007-09-18"},
	})
	// "Rep." outside the US Congress: a legislator of the host.
	res := (&Extractor{}).Extract(cableOf(t, "HOUSE SPEAKER", "On September 18 the Ambassador met with House Speaker Jose de Venecia and Rep. Teodoro Locsin at the House of Representatives."))
	for _, e := range res.Entities {
		if e.Name == "Teodoro Locsin" && e.Country == "US" {
			t.Errorf("Rep. Teodoro Locsin made American in a cable that shows no US Congress")
		}
	}
}

// TestPlaceThenWith: "A, B and C met at the Israeli MFA with an
// interagency team": the people before the verb met those after its
// "with" (none named here), not one another (placeThenWith,
// unnamedObject).
func TestPlaceThenWith(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 14, ISN PDAS Patricia McNerney, Team Leader Kurt Kessler and Director Tony Foley met at the Israeli MFA with an interagency team to exchange information on Iran.", ""},
		{"Ambassador Craig Stapleton", "On September 14, ISN PDAS Patricia McNerney and Team Leader Kurt Kessler met at the Israeli MFA with Deputy Director General Miriam Ziv.",
			"Kurt Kessler - Miriam Ziv 2007-09-14; Miriam Ziv - Patricia McNerney 2007-09-14"},
	})
}

// TestHyphenedTitles: title words joined by hyphens are a title, not a
// name ("Attorney-Adviser"), and the name after them is the holder's
// ("Vice-Minister Torres").
func TestHyphenedTitles(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Craig Stapleton", "On September 6 Legal Attorney-Adviser met with MOJ official Frida Faxborn.", ""},
		{"Ambassador Craig Stapleton", "On September 6 the Ambassador met with Vice-Minister Jose Torres.", "Craig Stapleton - Jose Torres 2007-09-06"},
	})
}

// TestReviewMends6: the inputs of the fifteenth session's fourth review
// (placeThenWith, suffixedTitle), each read wrong before its mend.
func TestReviewMends6(t *testing.T) {
	by := "Ambassador Craig Stapleton"
	checkMET(t, []metCase{
		// A "with" of a purpose or a link is not the meeting's.
		{by, "On September 18, the Ambassador and Foreign Minister Bernard Kouchner met in Paris to discuss relations with Syrian President Bashar al-Asad.", "Bernard Kouchner - Craig Stapleton 2007-09-18"},
		{by, "On September 18, the Ambassador and Foreign Minister Bernard Kouchner met in Paris in connection with President Bush's visit.", "Bernard Kouchner - Craig Stapleton 2007-09-18"},
		{by, "On September 18, the Ambassador met at an NGO associated with opposition leader Alexander Milinkevich.", ""},
		{by, "On September 18, the Ambassador and Foreign Minister Bernard Kouchner met in Paris along with Director Philippe Errera.", "Bernard Kouchner - Craig Stapleton 2007-09-18"},
		// People of two countries before the verb met each other.
		{by, "On September 18, French President Nicolas Sarkozy and Lebanese Prime Minister Fouad Siniora met at the Elysee with the Lebanese delegation.", "Fouad Siniora - Nicolas Sarkozy 2007-09-18"},
		{by, "On September 18, French President Nicolas Sarkozy and Lebanese Prime Minister Fouad Siniora met at the Elysee with members of both delegations. Foreign Minister Bernard Kouchner said afterwards that the talks had been frank.",
			"Fouad Siniora - Nicolas Sarkozy 2007-09-18"},
		// Hyphened names are names.
		{by, "On September 6 the Ambassador met with Lord Hurd and Baroness Prince-Bishop.", "Craig Stapleton - Hurd 2007-09-06; Craig Stapleton - Prince-Bishop 2007-09-06"},
	})
}

// TestPlaceThenWithPhrase: the place phrase before "with" holds only
// articles, capitalised words, possessives and venue words (placeThenWith).
func TestPlaceThenWithPhrase(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Kessler met at the Israeli MFA with Ziv.", true},
		{"Kessler met in the Foreign Ministry's conference room with Ziv.", true},
		{"Kessler met in Paris to discuss relations with Ziv.", false},
		{"Kessler met at an NGO associated with Ziv.", false},
		{"Kessler met in Paris along with Ziv.", false},
	} {
		c := cableOf(t, "MEETING", tc.text)
		d := docPool.Get().(*doc)
		d.x, d.c, d.ctx, d.host = &Extractor{}, c, context.Background(), "FR"
		d.run()
		got := false
		for si := range d.sents {
			s := &d.sents[si]
			for k := s.lo; k < s.hi; k++ {
				if d.toks[k].is("met") {
					got = d.placeWith(si, k) > 0
				}
			}
		}
		d.reset()
		docPool.Put(d)
		if got != tc.want {
			t.Errorf("%s: place then with %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestMeetingPhraseAndActingDCM: the subject after an opening meeting
// phrase may carry its body's name and acronym before the title ("Central
// Bank of Bahrain (CBB) Governor"); a pull-aside is a meeting; "the Deputy
// Chief of Mission" of a cable an acting DCM classified is that A/DCM
// when the cable names no other DCM.
func TestMeetingPhraseAndActingDCM(t *testing.T) {
	checkMET(t, []metCase{
		{"Ambassador Adam Ereli", "In a meeting with the Ambassador on September 13, Central Bank of Bahrain (CBB) Governor Rashid Al-Miraj said that he was taking steps.",
			"Adam Ereli - Rashid Al-Miraj 2007-09-13"},
		{"DCM Robert Silverman", "On August 20, DCM had a pull-aside with MFA State Secretary Frank Belfrage on Sweden's willingness to accept detainees.",
			"Frank Belfrage - Robert Silverman 2007-08-20"},
		{"Rafael P. Foley, ADCM, Embassy Vatican", "Ambassador, accompanied by the Deputy Chief of Mission, met May 31 with Monsignor Pietro Parolin to discourage a Papal audience.",
			"Pietro Parolin - Rafael P. Foley 2007-05-31"},
		// A DCM the cable names keeps the role.
		{"Rafael P. Foley, ADCM, Embassy Vatican", "DCM Peter Martin met Cardinal Bertone on May 2.|Ambassador, accompanied by the Deputy Chief of Mission, met May 31 with Monsignor Pietro Parolin to discourage a Papal audience.",
			"Bertone - Peter Martin 2007-05-02; Peter Martin - Pietro Parolin 2007-05-31"},
	})
}

// TestSubjectAfterMeetingPhrase: after "In a meeting with Y," the subject
// may carry an apposition before its verb, or be a list of people; the
// mission's staff jargon counts in lower case ("with econoff"), not as a
// title before a name ("with poloff Raul de la Paz and ..., two PRD
// members, were": a comma left out); "Iran Watcher" is a US post's.
func TestSubjectAfterMeetingPhrase(t *testing.T) {
	checkMET(t, []metCase{
		{"Economic Officer Janice Fair", "In an informal discussion with econoff on July 13, Regis Arslanian, the GOB's new director of FTAA negotiations, acknowledged that Mercosul was disappointed.",
			"Janice Fair - Regis Arslanian 2007-07-13"},
		{"Political Officer Chris Zimmer", "In a meeting with Swiss Deputy Political Director Anton Thalmann, Security Policy director Jacques Pitteloud, and Poloff, Ambassador Peter Coneway said that the talks went well.",
			"Anton Thalmann - Peter Coneway ; Jacques Pitteloud - Peter Coneway "},
		{"Ambassador Peter Coneway", "Meeting with Grand Ayatollah Ali Sistani and his son, Mohammed Redha, in Najaf, the delegation received guidance.", ""},
		{"Political Officer Margaret Tongue", "In a meeting with poloff on August 11, Will Gelling, Tom Burn and Rachel Martinek of the FCO's Iran office shared lessons learned.",
			"Gelling - Margaret Tongue 2007-08-11; Margaret Tongue - Rachel Martinek 2007-08-11; Margaret Tongue - Tom Burn 2007-08-11"},
		{"Ambassador William Wood", "In a meeting with Admiral Mike Mullen, Ambassador William Wood, and Chief of Staff Bismillah Khan on August 14, President Hamid Karzai appeared relaxed.",
			"Bismillah Khan - Hamid Karzai 2007-08-14; Hamid Karzai - Mike Mullen 2007-08-14; Hamid Karzai - William Wood 2007-08-14"},
		{"Ambassador Clifford Sobel", "In separate meetings with Ambassador Sobel on February 9, Under Secretaries Vera Machado and Roberto Jaguaribe both focused on Iran.",
			"Clifford Sobel - Roberto Jaguaribe 2007-02-09; Clifford Sobel - Vera Machado 2007-02-09"},
		{"Political Officer Ana Sousa", "In conversations with poloff Raul de la Paz and Mary Carmen Soria, two PRD members, were highly critical.", ""},
		{"Political Minister Counselor Greg Berry", "In a separate meeting with the Political Minister Counselor, Karen Pierce, Director, South Asia and Afghanistan, at the Foreign and Commonwealth Office (FCO), offered the same message.",
			"Greg Berry - Karen Pierce "},
		{"Charge Russell Frisbie", "In a meeting with Charge on August 28, former president Oscar Arias, frontrunner in the February 2006 presidential election, said that the GOCR made an error.",
			"Oscar Arias - Russell Frisbie 2007-08-28"},
		{"Economic Officer Janice Fair", "In an informal discussion with econoff on July 13, Regis Arslanian, Director of FTAA Negotiations, said that Mercosul was disappointed.",
			"Janice Fair - Regis Arslanian 2007-07-13"},
		// A member of the phrase's list, then words, is no subject.
		{"Ambassador Craig Stapleton", "During meetings with Prime Minister Francois Fillon on May 3, Foreign Minister Bernard Kouchner, parliamentarians and business leaders, the Ambassador stressed US support.",
			"Bernard Kouchner - Craig Stapleton 2007-05-03; Craig Stapleton - Francois Fillon 2007-05-03"},
		// The meeting phrase's own list, ending in a place or a time.
		{"Ambassador William Wood", "In a meeting with Admiral Mike Mullen, Ambassador William Wood, and Chief of Staff Bismillah Khan at the Presidential Palace, President Hamid Karzai appeared relaxed.",
			"Bismillah Khan - Hamid Karzai ; Hamid Karzai - Mike Mullen ; Hamid Karzai - William Wood "},
		{"Ambassador William Wood", "In a meeting with Admiral Mike Mullen, Ambassador William Wood, and Chief of Staff Bismillah Khan last week, President Hamid Karzai appeared relaxed.",
			"Bismillah Khan - Hamid Karzai ; Hamid Karzai - Mike Mullen ; Hamid Karzai - William Wood "},
	})
	// A cable whose text ends on the comma after a name.
	text := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHFR #3972 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\nFM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\n" +
		"CONFIDENTIAL PARIS 003972\n\nE.O. 12958: DECL: 07/26/2017\nTAGS: PREL FR\nSUBJECT: MEETING\n\nClassified By: Ambassador Craig Stapleton for reasons 1.4 b and d.\n\n" +
		"1. (C) In a meeting with the Ambassador on May 3, Foreign Minister Bernard Kouchner,"
	r := cable.NewReader(strings.NewReader(text), "end.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	if res := (&Extractor{}).Extract(r.Cable()); res.Error != "" || len(res.Entities) == 0 {
		t.Errorf("a text ending on a comma: error %q, %d entities", res.Error, len(res.Entities))
	}
	if e := peopleOf(cableAtPost(t, "MEXICO", "Political Officer Ana Sousa", "PRD",
		"In conversations with poloff Raul de la Paz and Mary Carmen Soria, two PRD members, were highly critical."))["Raul de la Paz"]; e.Country == "US" || len(e.Titles) > 0 {
		t.Errorf("Raul de la Paz: country %q, titles %q; want no poloff's", e.Country, e.Titles)
	}
	people := peopleOf(cableAtPost(t, "LONDON", "Political Counselor Richard Mills", "IRAN",
		"Embassy London Iran Watcher (Poloff) met August 3 with Jaime Turner of the Foreign Office."))
	if _, ok := people["Watcher"]; ok {
		t.Errorf("Watcher read as a person")
	}
}

// TestGroupOfFiguresAndComplementNoun: "had lunch with two top figures
// in the party: A, ..., and B" lists the group's members after its colon;
// the abstract noun that ends a title's complement is no person
// ("Minister for Legislative Simplification"), though a surname with the
// same ending after a title is ("Special Envoy Gration").
func TestGroupOfFiguresAndComplementNoun(t *testing.T) {
	checkMET(t, []metCase{
		{"CG Daniel Weygandt", "On April 20, the Consul General had lunch with two top figures in Italy's Northern League political party: Roberto Calderoli, Minister for Legislative Simplification, and Giancarlo Giorgetti, President of the Finance Committee.",
			"Daniel Weygandt - Giancarlo Giorgetti 2007-04-20; Daniel Weygandt - Roberto Calderoli 2007-04-20"},
		{"Ambassador Craig Stapleton", "Special Envoy Gration met Foreign Minister Bernard Kouchner on May 3.",
			"Bernard Kouchner - Gration 2007-05-03"},
		{"Ambassador Craig Stapleton", "Special Envoy for Sudan Gration met Foreign Minister Bernard Kouchner on May 3.",
			"Bernard Kouchner - Gration 2007-05-03"},
		{"Ambassador Craig Stapleton", "Minister of Education Holness met Foreign Minister Bernard Kouchner on May 3.",
			"Bernard Kouchner - Holness 2007-05-03"},
	})
	if _, ok := peopleOf(cableOf(t, "NAMES", "Roberto Calderoli, Minister for Legislative Simplification, spoke."))["Simplification"]; ok {
		t.Errorf("Simplification read as a person")
	}
}

// TestPolEconCounselor: "the Pol-Econ Counselor" is the one the cable
// names with that title.
func TestPolEconCounselor(t *testing.T) {
	for _, title := range []string{"Pol-Econ Counselor", "Pol-Econ Chief"} {
		c := cableClassifiedBy(t, "Ambassador Craig Stapleton", "MEETING",
			title+" Mary Smith arrived on May 2. On May 3, the "+title+" met with Minister Jean Dupont.")
		got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; ")
		if want := "Jean Dupont - Mary Smith 2007-05-03"; got != want {
			t.Errorf("%s: MET %s, want %s", title, got, want)
		}
	}
}

// TestVagueTimeAfterObject: a vague time in an aside after the object
// ("met Spanta (last week)") is the meeting's, and keeps a later day of
// its purpose from dating it.
func TestVagueTimeAfterObject(t *testing.T) {
	c := cableOf(t, "MEETING", "Ambassador Wood met Foreign Minister Spanta (last week) to prepare for the September 10 donors conference.")
	if got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "); got != "Spanta - Wood " {
		t.Errorf("MET %q, want an undated Spanta - Wood", got)
	}
}

// TestDeskCountry: the country of a desk is the one it covers; the
// officer's is the body's or the country word's before it.
func TestDeskCountry(t *testing.T) {
	for text, want := range map[string][2]string{
		"Poloff met with NEA Iran Desk officer Sean Misko.":     {"Sean Misko", "US"},
		"Poloff met Israeli MFA Iran Desk officer Yossi Cohen.": {"Yossi Cohen", "IL"},
	} {
		e, ok := peopleOf(cableOf(t, "DESKS", text))[want[0]]
		if !ok || e.Country != want[1] {
			t.Errorf("%s: %s found %v, country %q, want %q", text, want[0], ok, e.Country, want[1])
		}
	}
}

// TestPossessiveBodyCountry: the body a possessive owns inside a
// complement gives the holder no country ("Director of the IAEA's Iraq
// Action Team" is no Iraqi).
func TestPossessiveBodyCountry(t *testing.T) {
	c := cableOf(t, "IAEA", "Poloff met Robert Kelley, Director of the IAEA's Iraq Action Team, on September 3.")
	if peopleOf(c)["Robert Kelley"].Country == "IQ" {
		t.Errorf("Robert Kelley: country IQ from the body the IAEA owns")
	}
}

// TestTwentiethSessionConstructions: the meeting constructions the
// twentieth session mended, each read wrong before.
func TestTwentiethSessionConstructions(t *testing.T) {
	checkMET(t, []metCase{
		// A refused name qualifying the title after it is of the title,
		// not a third party between the phrase and its subject.
		{"Ambassador John Wolcott", "In an August 19 meeting, Politburo member Lebedev told Ambassador Wolcott that he valued dialogue.",
			"John Wolcott - Lebedev 2007-08-19"},
		// The subject's mention holds its apposition; the verb follows
		// the comma that closes it.
		{"Political Minister-Counselor Josiah Rosenblatt", "Brice Hortefeux, UMP member of the European Parliament, told Josiah Rosenblatt at a meeting January 26 that Sarkozy would run.",
			"Brice Hortefeux - Josiah Rosenblatt 2007-01-26"},
		// A team met those after the "with" of its meeting noun.
		{"Ambassador John Danilovich", "Ambassador and Poloff met on 8 June at the residence for a private lunch with Marco Aurelio Garcia.",
			"John Danilovich - Marco Aurelio Garcia 2007-06-08"},
		{"Ambassador John Danilovich", "Ambassador and Poloff met in Paris to discuss relations with Marco Aurelio Garcia.", ""},
		// The owner of a post in apposition is no one met; the owner of
		// a place hosted.
		{"Ambassador John Danilovich", "The Ambassador met on 8 June with President Lula da Silva's Foreign Affairs Advisor, Marco Aurelio Garcia.",
			"John Danilovich - Marco Aurelio Garcia 2007-06-08"},
		{"Ambassador John Danilovich", "Senators John McCain and Joseph Lieberman met March 20 in David Cameron's House of Commons office.",
			"David Cameron - John McCain 2007-03-20; David Cameron - Joseph Lieberman 2007-03-20"},
		{"Ambassador John Danilovich", "Senator John McCain met March 20 in David Cameron's Westminster Office, and discussed Iraq.",
			"David Cameron - John McCain 2007-03-20"},
		// The one the subject after a meeting phrase told was at the
		// meeting too; one already met in the phrase is not met twice.
		{"Ambassador Craig Kelly", "At a dinner with FM Alejandro Foxley on March 16, Constitutional Tribunal President Jose Luis Cea told the Ambassador that the court would rule.",
			"Alejandro Foxley - Craig Kelly 2007-03-16; Alejandro Foxley - Jose Luis Cea 2007-03-16; Craig Kelly - Jose Luis Cea 2007-03-16"},
		{"Ambassador Karl Eikenberry", "Meeting with Karzai and National Security Advisor Spanta on February 25, the Ambassador asked Karzai what he wanted.",
			"Hamid Karzai - Karl Eikenberry 2007-02-25; Karl Eikenberry - Spanta 2007-02-25"},
		// A summons is answered in person; "called X to discuss" is a
		// telephone call.
		{"Charge Patrick Linehan", "MFA Director Ruy Nogueira called Charge Patrick Linehan to the Foreign Ministry on August 28 to discuss the vote.",
			"Patrick Linehan - Ruy Nogueira 2007-08-28"},
		{"Charge Patrick Linehan", "MFA Director Ruy Nogueira called in the Charge on August 28.",
			"Patrick Linehan - Ruy Nogueira 2007-08-28"},
		{"Charge Patrick Linehan", "MFA Director Ruy Nogueira called Charge Patrick Linehan to discuss the vote.", ""},
		// One person alone may join the meeting just told.
		{"Ambassador William Kennard", "Jonathan Pershing met with Foreign Minister Ali Nazari on February 11. Also present was DCM John Smith.",
			"Ali Nazari - John Smith 2007-02-11; Ali Nazari - Jonathan Pershing 2007-02-11"},
		// The guests received after the place they were received in.
		{"Ambassador Earl Wayne", "Cabinet Chief Sergio Massa received in his office at Casa Rosada Rep. Gregory Meeks and Rep. Paul Ryan on September 17.",
			"Gregory Meeks - Sergio Massa 2007-09-17; Paul Ryan - Sergio Massa 2007-09-17"},
		{"Ambassador Earl Wayne", "Cabinet Chief Sergio Massa received in Buenos Aires Senator John Kerry on September 17.",
			"John Kerry - Sergio Massa 2007-09-17"},
		{"Ambassador Earl Wayne", "Cabinet Chief Sergio Massa received in Buenos Aires a letter from Rep. Gregory Meeks on September 17.", ""},
		// Those joined for a meeting were met, by the subject right
		// before the verb.
		{"Ambassador Richard Olson", "On July 15, Treasury Secretary Timothy Geithner joined Crown Prince Mohammed bin Zayed and Foreign Minister Abdullah bin Zayed for a dinner.",
			"Abdullah bin Zayed - Timothy Geithner 2007-07-15; Mohammed bin Zayed - Timothy Geithner 2007-07-15"},
		{"Ambassador Clark Randt", "Party Secretary Li Keqiang, a possible successor to President Hu Jintao, joined Ambassador Clark Randt for dinner on March 12.", ""},
		// The visitors of a visit the summary tells were told in person;
		// not those of a planned visit.
		{"Ambassador Carol van Voorst", "Summary: During the August 24 visit of Treasury Acting DAS Eric Meyer and desk officer Larry Norton, the IMF announced a deal. End Summary.|Director Gunnar Haraldsson told Meyer and Norton that the crisis would be painful.",
			"Eric Meyer - Gunnar Haraldsson ; Gunnar Haraldsson - Larry Norton "},
		{"Ambassador Carol van Voorst", "Summary: The visit of Treasury Acting DAS Eric Meyer is planned for next year. End Summary.|Director Gunnar Haraldsson told Meyer that the crisis would be painful.", ""},
		{"Ambassador Carol van Voorst", "Summary: During the October 24 visit of Treasury Acting DAS Eric Meyer, the IMF hopes to sign a deal. End Summary.|Director Gunnar Haraldsson told Meyer that the crisis would be painful.", ""},
		// Many ambassadors are not "the Ambassador".
		{"Ambassador Ross Wilson", "PM Erdogan told EU Ambassadors on January 20 that Iran does not want nuclear weapons.", ""},
		// The one who reports a meeting is not one who met.
		{"Ambassador Clark Randt", "At the regular meeting in Beijing May 8, French DCM Nicholas Chapuis reported that State Councilor Dai Bingguo told Chirac that sanctions would not help.", ""},
		// "they" of ", where they were met by" stands for the subjects of
		// the main verb; the US military's run-together ranks are no part
		// of a name.
		{"Ambassador Richard Olson", "On 22 February 2007, Ambassador Richard Olson and Colonel Bret Rider were summoned to the office of the Chief of Staff, where they were met by LTG Hamid al Rumaithy and MGen Eissa al Mazrouei.",
			"Bret Rider - Eissa al Mazrouei 2007-02-22; Bret Rider - Hamid al Rumaithy 2007-02-22; Eissa al Mazrouei - Richard Olson 2007-02-22; Hamid al Rumaithy - Richard Olson 2007-02-22"},
		// A discussion someone reports is no more in person than a call,
		// unless the sentence says they met; a meeting called for is a
		// demand.
		{"Ambassador John Campbell", "Governor Bukola Saraki said he discussed this with President Umaru Yar'Adua.", ""},
		{"Ambassador John Campbell", "Ibsen reported that FM Gisladottir had discussed the upgrades with U/S Edelman when she met with him on April 11.",
			"Edelman - Gisladottir 2007-04-11"},
		{"Ambassador John Campbell", "Governor Bukola Saraki discussed this with President Umaru Yar'Adua on September 3.", "Bukola Saraki - Umaru Yar'Adua 2007-09-03"},
		{"Ambassador John Campbell", "He then called for a meeting between President Obama and President Correa.", ""},
		// A meeting phrase inside a clause whose subject is a pronoun
		// after a noun is that clause's, not the sentence subject's; after
		// a verb of saying the pronoun is the one who says it.
		{"Ambassador Clifford Sobel", "The Ambassador asked Minister Dilma Rousseff about an idea she had discussed in a meeting earlier in the year with A/S Tom Shannon.",
			"Dilma Rousseff - Tom Shannon "},
		{"Ambassador Clifford Sobel", "Director Oleg Naraikin said he had participated in the roundtable discussion with Minister Andrei Fursenko that had followed their tour of the Institute on April 18.",
			"Andrei Fursenko - Oleg Naraikin 2007-04-18"},
		// A meeting its own clause makes hypothetical ("would") is none;
		// a modal of a clause after "and" says nothing of it.
		{"Ambassador Craig Kelly", "In the short term, a visit by Foreign Minister Alejandro Foxley to meet with Secretary Condoleezza Rice would be easier to arrange.", ""},
		{"Ambassador Craig Kelly", "A meeting between A/S Tom Shannon and Foreign Minister Bruno Stagno would surely be welcome.", ""},
		{"Ambassador William Timken", "Chancellor Angela Merkel and Guido Westerwelle already met privately election night and coalition negotiations should begin soon.",
			"Angela Merkel - Guido Westerwelle "},
		// "and" between two days is of the dates, not a list of subjects.
		{"Ambassador James Cunningham", "CODEL Gary Ackerman and Senator Bob Casey met separately May 26 and 27 with Prime Minister Binyamin Netanyahu.",
			"Binyamin Netanyahu - Bob Casey 2007-05-26; Binyamin Netanyahu - Gary Ackerman 2007-05-26"},
		// "the Ambassador" is not an ambassador whose surname other cables
		// give another country than the US.
		{"Anne W. Patterson", "He had been briefed about the discussion with Ambassador Haqqani.|On August 21, the Ambassador met with PM Yousaf Raza Gilani.", ""},
		// A US mission's abbreviation the lexicon spells out has the role
		// of what it stands for.
		{"PMIN Josiah Rosenblatt", "PMIN met with Foreign Minister Bernard Kouchner on September 3.",
			"Bernard Kouchner - Josiah Rosenblatt 2007-09-03"},
	})
}

// TestPluralRole: a title in the plural names many people, none of them
// the one its singular refers back to ("EU Ambassadors" is not "the
// Ambassador").
func TestPluralRole(t *testing.T) {
	for title, want := range map[string]string{"Ambassador": "ambassador", "Ambassadors": "", "EU Ambassadors": "", "Foreign Ministers": "", "Charge d'Affaires": "charge"} {
		if got := roleOf(title); got != want {
			t.Errorf("roleOf(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestParticipantsLongBlock: a participant block of one person a line,
// blank lines between, runs past blockUnits units to the first paragraph
// of prose (ten Americans and six Colombians, State's memorandum form);
// after a numbered paragraph, a heading that names someone is no line of
// the list.
func TestParticipantsLongBlock(t *testing.T) {
	head := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHBO #0201 0121612\nZNY SSSSS ZZH\nO 121612Z JAN 10\nFM AMEMBASSY BOGOTA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nS E C R E T BOGOTA 000201\n\n" +
		"E.O. 12958: DECL: 2020/02/09\nTAGS: PREL CO\nSUBJECT: DEPUTY SECRETARY'S MEETING WITH PRESIDENT URIBE\n\nCLASSIFIED BY: William R. Brownfield, Ambassador; REASON: 1.4(B), (D)\n\n"
	us := []string{"Deputy Secretary James Steinberg", "Ambassador William Brownfield", "DAS Christopher McMullen", "DCM Brian Nichols", "USAID Director Ken Yamashita",
		"Political Counselor Mark Wells", "NAS Director Dan Foote", "Economic Counselor Tim Stater", "Special Assistant Lourdes Cue", "Control Officer Marcos Mandojana"}
	co := []string{"President Alvaro Uribe", "Foreign Minister Jaime Bermudez", "Minister of Defense Gabriel Silva", "Ambassador Carolina Barco", "Director Diego Molano", "Vice Minister Jorge Mario Eastman"}
	for i, tt := range []struct {
		block string
		want  int
	}{
		{"Participants:\n\nU.S.\n\n" + strings.Join(us, "\n\n") + "\n\nCOLOMBIA\n\n" + strings.Join(co, "\n\n") +
			"\n\nSUMMARY: Deputy Secretary Steinberg met with President Uribe and his key ministers for nearly three hours, discussing a range of bilateral issues, and Uribe detailed the advances in security. END SUMMARY.\n\nBROWNFIELD\n", len(us) * len(co)},
		{"Participants\n\n1. (C) The Deputy Secretary's January 12 meeting with President Uribe and other ministers took place in Monteria.\n\nU.S.:\n\nDeputy Secretary James Steinberg\n\nColombia:\n\nPresident Alvaro Uribe\n\nVisit Can Enhance Bilateral Relationship\n\n" +
			"2. (C) Uribe greeted Steinberg warmly, and said he welcomed the attention of the U.S. to his country, and hoped for much more of it in the years to come.\n\n" +
			"3. (C) Uribe said the free trade agreement mattered more than any other subject to him, and to the ministers who came with him to the meeting.\n\nRequest to See Senator Piedad Cordoba\n\n4. (C) The Deputy asked to see her.\n\nBROWNFIELD\n", 1},
	} {
		r := cable.NewReader(strings.NewReader(head+tt.block), "test.txt")
		if !r.Next() {
			t.Fatalf("no cable: %v", r.Err())
		}
		if got := len(metPairs((&Extractor{RulesOnly: true}).Extract(r.Cable()))); got != tt.want {
			t.Errorf("%d. %d MET pairs, want %d", i, got, tt.want)
		}
	}
}

// TestPronounClauseBetween: a pronoun opens a clause of its own after a
// noun ("an idea she had discussed"), not after a verb of saying or
// "that", where it is most often the one who says it.
func TestPronounClauseBetween(t *testing.T) {
	for text, want := range map[string]bool{
		"The Ambassador asked about an idea she had discussed in a meeting.": true,
		"Naraikin said he had participated in the roundtable.":               false,
		"The Ambassador noted that he had raised the issue.":                 false,
		"The Minister raised the issue in a meeting.":                        false,
	} {
		d := docPool.Get().(*doc)
		d.begin(&Extractor{}, context.Background(), cableOf(t, "MEETING", text))
		d.run()
		got := false
		for si := range d.sents {
			if d.units[d.sents[si].unit].section == SectionBody {
				got = got || d.pronounClauseBetween(d.sents[si].lo, d.sents[si].hi)
			}
		}
		d.reset()
		docPool.Put(d)
		if got != want {
			t.Errorf("%s: %v, want %v", text, got, want)
		}
	}
}

// TestReviewMends20: the inputs of the twentieth session's review, each of
// which a rule of that session got wrong before its mend.
func TestReviewMends20(t *testing.T) {
	checkMET(t, []metCase{
		// A visit the summary tells of long before, or the mission's own.
		{"Ambassador Carol van Voorst", "Summary: Since the March 2006 visit of Treasury DAS Eric Meyer, the banks have tripled in size. End Summary.|In 2005, Central Bank Director Gunnar Haraldsson told Meyer that the banks were sound.", ""},
		{"Ambassador Carol van Voorst", "Summary: During the Ambassador's visit to Akureyri, the mayor praised the base. End Summary.|In 2005, Foreign Minister Valgerdur Sverrisdottir told the Ambassador that the base would close.", ""},
		// A team's preparatory meeting is no meeting with the one after
		// "talks with".
		{"Ambassador Craig Stapleton", "The Ambassador and DCM Mark Pekala met on June 7 ahead of the talks with Foreign Minister Bernard Kouchner.",
			"Craig Stapleton - Mark Pekala 2007-06-07"},
		// "separately told": another occasion than the dinner.
		{"Ambassador Craig Kelly", "At a dinner with FM Alejandro Foxley on March 16, Constitutional Tribunal President Jose Luis Cea separately told the Ambassador that the court would rule.",
			"Alejandro Foxley - Jose Luis Cea 2007-03-16"},
		// "they" of ", where they were met" is the main clause's subject,
		// not that of an opening clause.
		{"Ambassador Richard Olson", "After Ministers Ali Hassan and Omar Saeed were briefed on the plan, Ambassador Richard Olson and Colonel Bret Rider were taken to the Palace on 22 February, where they were met by Sheikh Hamdan bin Zayed.",
			"Bret Rider - Hamdan bin Zayed 2007-02-22; Hamdan bin Zayed - Richard Olson 2007-02-22"},
		// "joined X in calling for talks" is no meeting.
		{"Ambassador Craig Stapleton", "On July 15, Foreign Minister Bernard Kouchner joined Secretary Condoleezza Rice in calling for talks between the parties.", ""},
		// A name inside a place's name is no guest.
		{"Ambassador Ford Fraker", "King Abdullah received at the King Fahd Palace Assistant Secretary David Welch on August 12.",
			"Abdullah - David Welch 2007-08-12"},
		// One person "also present" joins the meeting just told, not one
		// told before another dated event.
		{"Ambassador Craig Stapleton", "The Ambassador met with Foreign Minister Bernard Kouchner on June 3. On June 10, Kouchner addressed the National Assembly. Also present was Prime Minister Francois Fillon.",
			"Bernard Kouchner - Craig Stapleton 2007-06-03"},
		// "called X to" a defense is no summons.
		{"Ambassador Craig Stapleton", "On March 3, Foreign Minister Bernard Kouchner called Secretary Condoleezza Rice to Ramallah's defense.", ""},
		// The plural title in a meeting sentence.
		{"Ambassador Ross Wilson", "PM Erdogan met with EU Ambassadors on January 20.", ""},
	})
}

// TestParticipantsLongBlockProse: a short sentence of prose ends a long
// participant block; it is no line of the list.
func TestParticipantsLongBlockProse(t *testing.T) {
	head := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHBO #0201 0121612\nZNY SSSSS ZZH\nO 121612Z JAN 10\nFM AMEMBASSY BOGOTA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nS E C R E T BOGOTA 000201\n\n" +
		"E.O. 12958: DECL: 2020/02/09\nTAGS: PREL CO\nSUBJECT: MEETING WITH PRESIDENT URIBE\n\nCLASSIFIED BY: William R. Brownfield, Ambassador; REASON: 1.4(B), (D)\n\n"
	block := "Participants:\n\nU.S.\n\nDeputy Secretary James Steinberg\n\nAmbassador William Brownfield\n\nDAS Christopher McMullen\n\nDCM Brian Nichols\n\nUSAID Director Ken Yamashita\n\nCOLOMBIA\n\n" +
		"President Alvaro Uribe\n\nForeign Minister Jaime Bermudez\n\nMinister of Defense Gabriel Silva\n\nUribe thanked Senator Patrick Leahy for his support.\n\n" +
		"SUMMARY: Deputy Secretary Steinberg met with President Uribe and his key ministers for nearly three hours, discussing a range of bilateral issues. END SUMMARY.\n\nBROWNFIELD\n"
	r := cable.NewReader(strings.NewReader(head+block), "test.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	for _, p := range metPairs((&Extractor{RulesOnly: true}).Extract(r.Cable())) {
		if strings.Contains(p, "Leahy") {
			t.Errorf("MET %s: a sentence of prose read as a line of the list", p)
		}
	}
}

// TestReportFrameTwoInHeadline: a headline that names two people before
// its verbs names no one whose report the cable is, but the visitors of a
// visit the summary tells still frame the conversations told later.
func TestReportFrameTwoInHeadline(t *testing.T) {
	c := cableAtPost(t, "REYKJAVIK", "Ambassador Carol van Voorst", "HAARDE URGES CALM, MEYER PROMOTES REFORM",
		"Summary: During the August 24 visit of Treasury Acting DAS Eric Meyer, the IMF announced a deal. End Summary.",
		"Prime Minister Geir Haarde told Meyer that the banks were sound.")
	if got := strings.Join(metPairs((&Extractor{RulesOnly: true}).Extract(c)), "; "); got != "Eric Meyer - Geir Haarde " {
		t.Errorf("MET %q, want the visitor told by Haarde", got)
	}
}
