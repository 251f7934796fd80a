/**
 * The UWV Functionele Mogelijkhedenlijst (FML): six rubrieken (I–VI) and 64 items, each with its own
 * scale, in Dutch (nl) and English (en). The same items describe what a person can (capacity) and
 * what a job asks (demand), so matching can signal per item where a demand exceeds the capacity, as
 * CBBS "signaleert" beoordelingspunten.
 *
 * Source (as in DOMAIN.md §2.2): "a public GitHub Python module with the complete FML template (index id
 * 223941295; the repository name could not be resolved)"; wording uses "Norm"/"referentiewaarden", i.e. the
 * current/newer FML version. Rubrieken from DOMAIN.md §2.1 (reintegratiekiezen.nl, ecjp.nl, scolea.nl,
 * cereo.nl, docplayer.nl/312945). The FML edition and date of this 64-item version are UNVERIFIED
 * (DOMAIN.md §2.2 and §10 item 3: [U]).
 *
 * Labels: DOMAIN.md gives short forms; they are written out here from the level texts of that template,
 * keeping every number, unit and example as they are. Level 0 is always the norm (no limitation); the
 * template's "Norm." is rendered as "Normaal". A trailing "namelijk: …" in the template is not part of
 * the label: it is the free-text qualifier (see {@link FmlItem.qualifier}).
 */

export type FmlSectionId = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';
/** ordinal: a higher code is a stronger limitation (0 = norm). single: one categorical choice (0 = norm / not applicable). multiple: a set of codes may apply together (0 alone = none). */
export type FmlScale = 'ordinal' | 'single' | 'multiple';
export interface FmlLevel {
  code: number;
  nl: string;
  en: string;
}
export interface FmlItem {
  id: string; // 'I.1' … 'VI.4'
  section: FmlSectionId;
  number: number; // 1-based within the section
  key: string; // stable camelCase identifier, e.g. 'attentionFocus', 'lifting', 'hoursPerWeek'
  nl: string; // item name in Dutch, e.g. 'Vasthouden van de aandacht (concentreren)'
  en: string;
  scale: FmlScale;
  levels: FmlLevel[]; // sorted by code, starting at 0
  qualifier: boolean; // a free-text explanation ("namelijk") is required for a non-zero level
  levelsVerified: boolean;
}
export interface FmlSection {
  id: FmlSectionId;
  nl: string;
  en: string;
  items: FmlItem[];
}

/** The error codes of {@link checkFmlAnswer}. */
export type FmlAnswerError = 'unknown-item' | 'unknown-level' | 'not-a-set' | 'zero-with-others' | 'qualifier-required';

/** The source of the catalogue, for screens and API responses that show where the list comes from. */
export const FML_SOURCE =
  'UWV Functionele Mogelijkhedenlijst (FML), 64 items; tekst uit een openbare FML-sjabloon (Python-module op GitHub, index id 223941295); editie en datum niet geverifieerd.';

type LevelText = readonly [nl: string, en: string];

interface ItemDef {
  key: string;
  nl: string;
  en: string;
  scale: FmlScale;
  /** In code order: the first is code 0. */
  levels: readonly LevelText[];
  /**
   * True when every non-zero level of the template asks for "namelijk"/"te weten". Where only some levels
   * ask for it, this stays false (a per-item flag cannot require it for one level) and a comment says which.
   */
  qualifier?: boolean;
  levelsVerified?: boolean;
}

const NORM: LevelText = ['Normaal (geen beperking)', 'Normal (no limitation)'];
const LIMITED: LevelText = ['Beperkt', 'Limited'];
/** "0 Norm. Geen specifieke beperkingen · 1 Beperkt, namelijk: …" */
const NORM_OR_LIMITED_NAMELY = { scale: 'ordinal', levels: [NORM, LIMITED], qualifier: true } as const;

const SECTION_DEFS: readonly { id: FmlSectionId; nl: string; en: string; items: readonly ItemDef[] }[] = [
  {
    id: 'I',
    nl: 'Persoonlijk functioneren',
    en: 'Personal functioning',
    items: [
      {
        key: 'attentionFocus',
        nl: 'Vasthouden van de aandacht (concentreren)',
        en: 'Sustaining attention (concentrating)',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zich minstens een half uur op één informatiebron richten',
            'Normal: can focus on one source of information for at least half an hour',
          ],
          [
            'Beperkt: kan de aandacht niet langer dan een half uur op één informatiebron richten',
            'Limited: can focus on one source of information for no longer than half an hour',
          ],
          [
            'Sterk beperkt: kan de aandacht niet langer dan 5 minuten op één informatiebron richten',
            'Severely limited: can focus on one source of information for no longer than 5 minutes',
          ],
        ],
      },
      {
        key: 'attentionDivision',
        nl: 'Verdelen van de aandacht',
        en: 'Dividing attention',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan de aandacht afwisselend richten op meerdere uiteenlopende informatiebronnen (bijvoorbeeld verkeersdeelname met een voertuig)',
            'Normal: can alternate attention between several different sources of information (for example driving a vehicle in traffic)',
          ],
          [
            'Beperkt: kan de aandacht afwisselend richten op een beperkt aantal informatiebronnen (bijvoorbeeld reizen met het openbaar vervoer)',
            'Limited: can alternate attention between a limited number of sources of information (for example travelling by public transport)',
          ],
          [
            'Sterk beperkt: kan de aandacht niet of nauwelijks afwisselend richten op uiteenlopende informatiebronnen',
            'Severely limited: can hardly or not at all alternate attention between different sources of information',
          ],
        ],
      },
      {
        key: 'remembering',
        nl: 'Herinneren',
        en: 'Remembering',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zich doorgaans tijdig en zonder ongebruikelijke hulpmiddelen relevante zaken herinneren',
            'Normal: usually remembers relevant matters in time, without unusual aids',
          ],
          [
            'Beperkt: moet regelmatig dingen apart opschrijven als geheugensteun om de continuïteit van het handelen te waarborgen',
            'Limited: regularly has to write things down as a memory aid to keep their activities going',
          ],
          [
            'Sterk beperkt: weet zich onmisbare alledaagse gegevens (tijd, plaats, persoon, onderwerp) niet te herinneren en kan dit niet met hulpmiddelen compenseren',
            'Severely limited: cannot remember essential everyday information (time, place, person, subject) and cannot compensate for this with aids',
          ],
        ],
      },
      {
        key: 'selfInsight',
        nl: 'Inzicht in eigen kunnen',
        en: 'Insight into own abilities',
        // single, not ordinal: 1 and 2 are opposite directions of the same severity (the template calls both
        // "Beperkt"), so neither is a stronger limitation than the other.
        scale: 'single',
        levels: [
          [
            'Normaal: schat de eigen mogelijkheden en beperkingen doorgaans realistisch in',
            'Normal: usually assesses their own abilities and limitations realistically',
          ],
          [
            'Beperkt: overschat doorgaans ernstig de eigen mogelijkheden',
            'Limited: usually seriously overestimates their own abilities',
          ],
          [
            'Beperkt: overschat doorgaans ernstig de eigen beperkingen',
            'Limited: usually seriously overestimates their own limitations',
          ],
        ],
      },
      {
        key: 'goalDirectedAction',
        nl: 'Doelmatig handelen',
        en: 'Goal-directed action (carrying out tasks)',
        // multiple: 1–4 are distinct failures that can occur together. Only level 5 ("anderszins") asks for
        // "namelijk" in the template, so qualifier stays false; callers should still ask for text at 5.
        scale: 'multiple',
        levels: [
          [
            'Normaal: geen specifieke beperkingen in doelmatig handelen',
            'Normal: no specific limitations in goal-directed action',
          ],
          [
            'Beperkt: start activiteiten om het gestelde doel te bereiken niet tijdig',
            'Limited: does not start activities in time to reach the set goal',
          ],
          [
            'Beperkt: voert de benodigde activiteiten niet in een logische volgorde uit',
            'Limited: does not carry out the required activities in a logical order',
          ],
          [
            'Beperkt: controleert het verloop van de activiteiten niet',
            'Limited: does not monitor how the activities progress',
          ],
          [
            'Beperkt: beëindigt de activiteiten niet als het gestelde doel bereikt is of niet bereikt kan worden',
            'Limited: does not end the activities when the set goal has been reached or cannot be reached',
          ],
          ['Anderszins beperkt in doelmatig handelen', 'Otherwise limited in goal-directed action'],
        ],
      },
      {
        key: 'independentAction',
        nl: 'Zelfstandig handelen',
        en: 'Acting independently',
        // multiple: 1–8 are distinct limitations that can occur together. Only level 9 ("anderszins") asks
        // for "namelijk", so qualifier stays false; callers should still ask for text at 9.
        scale: 'multiple',
        levels: [
          [
            'Normaal: geen specifieke beperkingen in zelfstandig handelen',
            'Normal: no specific limitations in acting independently',
          ],
          [
            'Beperkt: neemt doorgaans niet uit zichzelf het initiatief tot handelen',
            'Limited: usually does not take the initiative to act on their own',
          ],
          ['Beperkt: stelt zichzelf doorgaans geen doelen', 'Limited: usually does not set themselves goals'],
          [
            'Beperkt: ontwerpt zelf doorgaans geen oplossingsvarianten',
            'Limited: usually does not come up with alternative solutions themselves',
          ],
          [
            'Beperkt: besluit doorgaans niet zelf welke aanpak de meest geëigende is',
            'Limited: usually does not decide themselves which approach is the most suitable',
          ],
          [
            'Beperkt: onderkent doorgaans niet zelf wanneer de gevolgde aanpak tekortschiet',
            'Limited: usually does not recognise themselves when the approach taken falls short',
          ],
          [
            'Beperkt: kiest in dat geval doorgaans niet zelf voor een alternatieve aanpak of een ander doel',
            'Limited: in that case usually does not choose an alternative approach or another goal themselves',
          ],
          [
            'Beperkt: gaat doorgaans niet uit zichzelf door totdat het doel bereikt is',
            'Limited: usually does not keep going on their own until the goal is reached',
          ],
          [
            'Beperkt: doet niet tijdig zelf een beroep op de hulp van anderen wanneer de situatie dat vraagt',
            'Limited: does not ask others for help in time when the situation calls for it',
          ],
          ['Anderszins beperkt in zelfstandig handelen', 'Otherwise limited in acting independently'],
        ],
      },
      {
        key: 'actionPace',
        nl: 'Handelingstempo',
        en: 'Pace of action',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: geen specifieke beperkingen in handelingstempo',
            'Normal: no specific limitations in pace of action',
          ],
          [
            'Beperkt: het handelingstempo is aanmerkelijk vertraagd',
            'Limited: the pace of action is considerably slowed',
          ],
        ],
      },
      {
        key: 'personalConditions',
        nl: 'Specifieke voorwaarden persoonlijk functioneren',
        en: 'Specific conditions for personal functioning',
        // multiple: conditions for the work situation that can all hold at once; every "Ja" asks for "namelijk".
        scale: 'multiple',
        qualifier: true,
        levels: [
          [
            'Nee: geen specifieke voorwaarden voor het persoonlijk functioneren in arbeid',
            'No: no specific conditions for personal functioning at work',
          ],
          [
            'Ja: aangewezen op werk met niet of nauwelijks afleiding door activiteiten van anderen',
            "Yes: needs work with little or no distraction from other people's activities",
          ],
          [
            'Ja: aangewezen op een voorspelbare werksituatie; kan niet of nauwelijks flexibel inspelen op sterk wisselende uitvoeringsomstandigheden en/of taakinhoud',
            'Yes: needs a predictable work situation; can hardly or not at all adapt to strongly changing working conditions and/or tasks',
          ],
          [
            'Ja: aangewezen op een werksituatie zonder veelvuldige storingen of onderbrekingen',
            'Yes: needs a work situation without frequent disruptions or interruptions',
          ],
          [
            'Ja: aangewezen op werk zonder veelvuldige deadlines of productiepieken',
            'Yes: needs work without frequent deadlines or production peaks',
          ],
          [
            'Ja: aangewezen op werk waarin geen hoog handelingstempo vereist is',
            'Yes: needs work that does not require a high pace',
          ],
          [
            'Ja: aangewezen op werk zonder verhoogd persoonlijk risico',
            'Yes: needs work without increased personal risk',
          ],
          [
            'Ja: er gelden overige specifieke voorwaarden voor het persoonlijk functioneren',
            'Yes: other specific conditions for personal functioning apply',
          ],
        ],
      },
      {
        key: 'degreeOfIndependence',
        nl: 'Mate van zelfstandigheid',
        en: 'Degree of independence',
        scale: 'ordinal',
        levels: [
          ['Normaal: geen beperkingen', 'Normal: no limitations'],
          ['Beperkt: is aangewezen op vaste of bekende werkwijzen', 'Limited: needs fixed or familiar ways of working'],
          [
            'Sterk beperkt: is aangewezen op volledig voorgestructureerd werk',
            'Severely limited: needs fully pre-structured work',
          ],
        ],
      },
    ],
  },
  {
    id: 'II',
    nl: 'Sociaal functioneren',
    en: 'Social functioning',
    items: [
      { key: 'seeing', nl: 'Zien', en: 'Seeing', ...NORM_OR_LIMITED_NAMELY },
      { key: 'hearing', nl: 'Horen', en: 'Hearing', ...NORM_OR_LIMITED_NAMELY },
      { key: 'speaking', nl: 'Spreken', en: 'Speaking', ...NORM_OR_LIMITED_NAMELY },
      { key: 'writing', nl: 'Schrijven', en: 'Writing', ...NORM_OR_LIMITED_NAMELY },
      { key: 'reading', nl: 'Lezen', en: 'Reading', ...NORM_OR_LIMITED_NAMELY },
      {
        key: 'handlingOthersEmotionalProblems',
        nl: 'Emotionele problemen van anderen hanteren',
        en: "Handling other people's emotional problems",
        // DOMAIN.md gives only "(0–4)". The labels are the level texts of the same template DOMAIN.md cites
        // (index id 223941295), read there directly; the count (5 levels) matches DOMAIN.md.
        // single, not ordinal: two directions (1, 3: takes problems too much to heart; 2, 4: too little), each
        // "Beperkt" (1, 2) or "Sterk beperkt" (3, 4), so e.g. 2 is not a stronger limitation than 1.
        scale: 'single',
        levels: [
          [
            'Normaal: kan zich doorgaans inleven in problemen van anderen, maar kan daarvan ook afstand nemen in gedrag en beleving',
            "Normal: can usually empathise with other people's problems, but can also distance themselves from them in behaviour and feelings",
          ],
          [
            'Beperkt: trekt zich problemen van anderen doorgaans erg aan; kan desondanks wel voldoende afstand nemen in gedrag, echter niet in beleving',
            "Limited: usually takes other people's problems very much to heart; can still keep enough distance in behaviour, but not in feelings",
          ],
          [
            'Beperkt: trekt zich problemen van anderen doorgaans onvoldoende aan; kan zich desondanks wel enigszins inleven in anderen en hen bijstaan of ondersteunen',
            "Limited: usually takes other people's problems too little to heart; can still empathise with others somewhat and assist or support them",
          ],
          [
            'Sterk beperkt: trekt zich problemen van anderen doorgaans erg aan en kan daarvan noch in gedrag noch in beleving afstand nemen',
            "Severely limited: usually takes other people's problems very much to heart and can distance themselves from them neither in behaviour nor in feelings",
          ],
          [
            'Sterk beperkt: trekt zich problemen van anderen doorgaans onvoldoende aan, kan zich niet in anderen inleven en hen ook niet bijstaan of ondersteunen',
            "Severely limited: usually takes other people's problems too little to heart, cannot empathise with others and cannot assist or support them either",
          ],
        ],
      },
      {
        key: 'expressingOwnFeelings',
        nl: 'Eigen gevoelens uiten',
        en: 'Expressing own feelings',
        // DOMAIN.md gives only "(0–3)". The labels are the level texts of the same template DOMAIN.md cites
        // (index id 223941295), read there directly; the count (4 levels) matches DOMAIN.md.
        // single, not ordinal: 1–3 are different kinds of limitation, all "Beperkt" in the template.
        scale: 'single',
        levels: [
          [
            'Normaal: kan persoonlijke gevoelens doorgaans op een voor anderen duidelijke en aanvaardbare manier in woord en gedrag uiten',
            'Normal: can usually express personal feelings in words and behaviour in a way that is clear and acceptable to others',
          ],
          [
            'Beperkt: is doorgaans niet in staat gevoelens te uiten (blokkeert zichzelf)',
            'Limited: is usually unable to express feelings (blocks themselves)',
          ],
          [
            'Beperkt: brengt anderen in verwarring door onduidelijke, onvoorspelbare of onconventionele manieren van gevoelsuiting',
            'Limited: confuses others through unclear, unpredictable or unconventional ways of expressing feelings',
          ],
          [
            'Beperkt: uit gevoelens op een ongecontroleerde (ongeremde) manier',
            'Limited: expresses feelings in an uncontrolled (uninhibited) way',
          ],
        ],
      },
      {
        key: 'handlingConflicts',
        nl: 'Omgaan met conflicten',
        en: 'Handling conflicts',
        scale: 'ordinal',
        levels: [
          ['Normaal: geen specifieke beperking', 'Normal: no specific limitation'],
          [
            'Beperkt: kan een conflict met agressieve of onredelijke mensen alleen in telefonisch of schriftelijk contact hanteren',
            'Limited: can handle a conflict with aggressive or unreasonable people only by telephone or in writing',
          ],
          [
            'Sterk beperkt: kan doorgaans geen conflicten hanteren',
            'Severely limited: usually cannot handle conflicts',
          ],
        ],
      },
      {
        key: 'cooperation',
        nl: 'Samenwerken',
        en: 'Working together',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan in onderlinge afstemming met anderen een taak gezamenlijk uitvoeren (werken in teamverband)',
            'Normal: can carry out a task jointly with others, coordinating with each other (working in a team)',
          ],
          [
            'Beperkt: kan met anderen samenwerken, maar met een eigen, van tevoren afgebakende deeltaak',
            'Limited: can work with others, but on a subtask of their own that is delimited in advance',
          ],
          [
            'Sterk beperkt: kan doorgaans niet met anderen samenwerken',
            'Severely limited: usually cannot work with others',
          ],
        ],
      },
      {
        key: 'travel',
        nl: 'Vervoer',
        en: 'Travel',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: kan zelfstandig reizen (autorijden, fietsen of zelfstandig gebruikmaken van het openbaar vervoer)',
            'Normal: can travel independently (driving a car, cycling or using public transport on their own)',
          ],
          ['Beperkt: kan niet zelfstandig reizen', 'Limited: cannot travel independently'],
        ],
      },
      {
        key: 'occupationalDriving',
        nl: 'Beroepsmatig vervoer',
        en: 'Driving for work',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          NORM,
          [
            'Beperkt: kan niet of beperkt beroepsmatig een voertuig besturen',
            'Limited: cannot drive a vehicle for work, or only to a limited extent',
          ],
        ],
      },
      {
        key: 'socialConditions',
        nl: 'Specifieke voorwaarden sociaal functioneren',
        en: 'Specific conditions for social functioning',
        // multiple: conditions that can hold at once. The template asks for "namelijk" at 1, 2, 5 and 6 but not
        // at 3 and 4, so qualifier stays false.
        scale: 'multiple',
        levels: [
          [
            'Nee: geen specifieke voorwaarden voor het sociaal functioneren in arbeid',
            'No: no specific conditions for social functioning at work',
          ],
          [
            'Ja: aangewezen op werk waarin doorgaans weinig of geen rechtstreeks contact met klanten vereist is',
            'Yes: needs work that usually requires little or no direct contact with customers',
          ],
          [
            'Ja: aangewezen op werk waarin doorgaans weinig of geen direct contact met patiënten of hulpbehoevenden vereist is',
            'Yes: needs work that usually requires little or no direct contact with patients or people in need of help',
          ],
          [
            "Ja: aangewezen op werk waarin zo nodig kan worden teruggevallen op directe collega's of leidinggevenden (geen solitaire functie)",
            'Yes: needs work where they can fall back on direct colleagues or supervisors when needed (not a solitary job)',
          ],
          [
            "Ja: aangewezen op werk waarin doorgaans geen direct contact met collega's vereist is",
            'Yes: needs work that usually requires no direct contact with colleagues',
          ],
          [
            'Ja: aangewezen op werk dat geen leidinggevende aspecten bevat',
            'Yes: needs work without supervisory or managerial aspects',
          ],
          [
            'Ja: er gelden overige specifieke voorwaarden voor het sociaal functioneren',
            'Yes: other specific conditions for social functioning apply',
          ],
        ],
      },
    ],
  },
  {
    id: 'III',
    nl: 'Aanpassing aan fysieke omgevingseisen',
    en: 'Adaptation to physical environmental demands',
    items: [
      {
        key: 'temperature',
        nl: 'Temperatuur',
        en: 'Temperature',
        // single: 1 (heat) and 2 (cold) are different kinds, not degrees. The template lists them as
        // alternatives; whether both may be recorded together is not stated (then 'multiple' would fit).
        scale: 'single',
        levels: [
          NORM,
          ['Beperkt voor hitte (boven 35 °C)', 'Limited in heat (above 35 °C)'],
          ['Beperkt voor koude (onder −15 °C)', 'Limited in cold (below −15 °C)'],
        ],
      },
      { key: 'draught', nl: 'Tocht', en: 'Draught', ...NORM_OR_LIMITED_NAMELY },
      { key: 'skinContact', nl: 'Huidcontact', en: 'Skin contact', ...NORM_OR_LIMITED_NAMELY },
      {
        key: 'protectiveEquipment',
        nl: 'Beschermende middelen',
        en: 'Protective equipment',
        ...NORM_OR_LIMITED_NAMELY,
      },
      {
        key: 'dustSmokeGasesVapours',
        nl: 'Stof, rook, gassen en/of dampen',
        en: 'Dust, smoke, gases and/or vapours',
        ...NORM_OR_LIMITED_NAMELY,
      },
      { key: 'noise', nl: 'Geluidsbelasting', en: 'Noise exposure', ...NORM_OR_LIMITED_NAMELY },
      { key: 'vibration', nl: 'Trillingsbelasting', en: 'Vibration exposure', ...NORM_OR_LIMITED_NAMELY },
      {
        key: 'otherPhysicalEnvironment',
        nl: 'Overige beperkingen van fysieke aanpassingsmogelijkheden',
        en: 'Other limitations in adapting to the physical environment',
        // multiple: an allergy, susceptibility to infections and a weakened skin barrier can hold together.
        // The template ends each level with ":" but says "te weten" only at 4, so qualifier stays false.
        scale: 'multiple',
        levels: [
          [
            'Normaal: geen specifieke overige beperkingen in fysieke aanpassingsmogelijkheden',
            'Normal: no other specific limitations in adapting to the physical environment',
          ],
          ['Ja: allergie', 'Yes: allergy'],
          ['Ja: verhoogde vatbaarheid voor infecties', 'Yes: increased susceptibility to infections'],
          ['Ja: verzwakte huidbarrière', 'Yes: weakened skin barrier'],
          ['Ja: andere beperkingen', 'Yes: other limitations'],
        ],
      },
    ],
  },
  {
    id: 'IV',
    nl: 'Dynamische handelingen',
    en: 'Dynamic actions',
    items: [
      {
        key: 'dominance',
        nl: 'Dominantie',
        en: 'Dominance (dominant side)',
        // single: a category, not a limitation; 0 means "not applicable".
        scale: 'single',
        levels: [
          ['Niet van toepassing', 'Not applicable'],
          ['Rechts', 'Right'],
          ['Links', 'Left'],
        ],
      },
      {
        key: 'limitationSide',
        nl: 'Localisatie beperkingen',
        en: 'Side of the limitations',
        // single: "tweezijdig" (3) covers both sides, so one choice always suffices.
        scale: 'single',
        levels: [
          ['Niet van toepassing', 'Not applicable'],
          ['Rechts', 'Right'],
          ['Links', 'Left'],
          ['Tweezijdig', 'Both sides'],
        ],
      },
      {
        key: 'handAndFingerUse',
        nl: 'Hand- en vingergebruik',
        en: 'Use of hands and fingers',
        // multiple: several grips and functions can be limited at once; every level asks for "namelijk".
        scale: 'multiple',
        qualifier: true,
        levels: [
          [
            'Normaal: geen specifieke beperkingen bij het gebruik van handen en vingers',
            'Normal: no specific limitations in using hands and fingers',
          ],
          ['Beperkt: de bolgreep is beperkt', 'Limited: the spherical grip is limited'],
          ['Beperkt: de pengreep is beperkt', 'Limited: the pen grip is limited'],
          ['Beperkt: de pincetgreep is beperkt', 'Limited: the pincer (tweezer) grip is limited'],
          ['Beperkt: de sleutelgreep is beperkt', 'Limited: the key grip is limited'],
          ['Beperkt: de cilindergreep is beperkt', 'Limited: the cylinder grip is limited'],
          ['Beperkt: de knijp- of grijpkracht is beperkt', 'Limited: pinch or grip strength is limited'],
          [
            'Beperkt: fijnmotorische hand- en vingerbewegingen zijn beperkt',
            'Limited: fine-motor hand and finger movements are limited',
          ],
          [
            'Beperkt: repetitieve hand- en vingerbewegingen zijn beperkt',
            'Limited: repetitive hand and finger movements are limited',
          ],
          [
            'Beperkt: toetsenbord bedienen en muis hanteren is beperkt',
            'Limited: operating a keyboard and using a mouse is limited',
          ],
        ],
      },
      {
        key: 'keyboardAndMouse',
        nl: 'Werken met toetsenbord/muis',
        en: 'Working with keyboard/mouse',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zo nodig gedurende het merendeel van de werkdag met een toetsenbord en/of muis werken',
            'Normal: can, if needed, work with a keyboard and/or mouse for most of the working day',
          ],
          [
            'Licht beperkt: kan zo nodig gedurende de helft van de werkdag (ongeveer 4 uur) met een toetsenbord en/of muis werken',
            'Slightly limited: can, if needed, work with a keyboard and/or mouse for half the working day (about 4 hours)',
          ],
          [
            'Beperkt: kan zo nodig gedurende een beperkt deel van de werkdag (ongeveer 1 uur) met een toetsenbord en/of muis werken',
            'Limited: can, if needed, work with a keyboard and/or mouse for a limited part of the working day (about 1 hour)',
          ],
          [
            'Sterk beperkt: kan minder dan een half uur per werkdag met een toetsenbord en/of muis werken',
            'Severely limited: can work with a keyboard and/or mouse for less than half an hour per working day',
          ],
        ],
      },
      { key: 'touch', nl: 'Tastzin', en: 'Sense of touch', ...NORM_OR_LIMITED_NAMELY },
      {
        key: 'screwingMovements',
        nl: 'Schroefbewegingen hand en arm',
        en: 'Screwing movements with hand and arm',
        ...NORM_OR_LIMITED_NAMELY,
      },
      {
        key: 'reaching',
        nl: 'Reiken',
        en: 'Reaching',
        scale: 'ordinal',
        levels: [
          ['Normaal: maximale reikafstand is 70 cm', 'Normal: maximum reach is 70 cm'],
          ['Licht beperkt: maximale reikafstand is 60 cm', 'Slightly limited: maximum reach is 60 cm'],
          ['Beperkt: maximale reikafstand is 50 cm', 'Limited: maximum reach is 50 cm'],
        ],
      },
      {
        key: 'frequentReaching',
        nl: 'Frequent reiken',
        en: 'Frequent reaching',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zo nodig tijdens elk uur van de werkdag 1200 keer reiken (20 keer per minuut)',
            'Normal: can, if needed, reach 1200 times in every hour of the working day (20 times per minute)',
          ],
          [
            'Beperkt: kan zo nodig tijdens elk uur van de werkdag ongeveer 600 keer reiken',
            'Limited: can, if needed, reach about 600 times in every hour of the working day',
          ],
          [
            'Sterk beperkt: kan zo nodig tijdens elk uur van de werkdag ongeveer 300 keer reiken',
            'Severely limited: can, if needed, reach about 300 times in every hour of the working day',
          ],
        ],
      },
      {
        key: 'bending',
        nl: 'Buigen',
        en: 'Bending',
        scale: 'ordinal',
        levels: [
          ['Normaal: kan ongeveer 90 graden buigen', 'Normal: can bend about 90 degrees'],
          ['Beperkt: kan ongeveer 60 graden buigen', 'Limited: can bend about 60 degrees'],
          ['Sterk beperkt: kan ongeveer 45 graden buigen', 'Severely limited: can bend about 45 degrees'],
        ],
      },
      {
        key: 'frequentBending',
        nl: 'Frequent buigen',
        en: 'Frequent bending',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zo nodig tijdens elk uur van de werkdag ongeveer 600 keer buigen',
            'Normal: can, if needed, bend about 600 times in every hour of the working day',
          ],
          [
            'Licht beperkt: kan zo nodig tijdens elk uur van de werkdag ongeveer 300 keer buigen',
            'Slightly limited: can, if needed, bend about 300 times in every hour of the working day',
          ],
          [
            'Beperkt: kan zo nodig tijdens elk uur van de werkdag ongeveer 150 keer buigen',
            'Limited: can, if needed, bend about 150 times in every hour of the working day',
          ],
          [
            'Sterk beperkt: kan zo nodig tijdens elk uur van de werkdag ongeveer 50 keer buigen',
            'Severely limited: can, if needed, bend about 50 times in every hour of the working day',
          ],
        ],
      },
      {
        key: 'twisting',
        nl: 'Torderen',
        en: 'Twisting the trunk',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: kan de romp in zittende houding, met gefixeerd bekken, minstens 45 graden draaien',
            'Normal: can turn the trunk at least 45 degrees while seated, with the pelvis fixed',
          ],
          LIMITED,
        ],
      },
      {
        key: 'pushingPulling',
        nl: 'Duwen of trekken',
        en: 'Pushing or pulling',
        scale: 'ordinal',
        levels: [
          ['Normaal: kan ongeveer 250 N (25 kgf) duwen of trekken', 'Normal: can push or pull about 250 N (25 kgf)'],
          ['Beperkt: kan ongeveer 150 N (15 kgf) duwen of trekken', 'Limited: can push or pull about 150 N (15 kgf)'],
          [
            'Sterk beperkt: kan ongeveer 100 N (10 kgf) duwen of trekken',
            'Severely limited: can push or pull about 100 N (10 kgf)',
          ],
        ],
      },
      {
        key: 'lifting',
        nl: 'Tillen',
        en: 'Lifting',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan ongeveer 15 kg tillen (tot en met 10 keer per uur)',
            'Normal: can lift about 15 kg (up to 10 times per hour)',
          ],
          [
            'Licht beperkt: kan ongeveer 10 kg tillen (tot en met 10 keer per uur)',
            'Slightly limited: can lift about 10 kg (up to 10 times per hour)',
          ],
          [
            'Beperkt: kan ongeveer 5 kg tillen (tot en met 50 keer per uur)',
            'Limited: can lift about 5 kg (up to 50 times per hour)',
          ],
          [
            'Sterk beperkt: kan ongeveer 2 kg tillen (tot en met 100 keer per uur)',
            'Severely limited: can lift about 2 kg (up to 100 times per hour)',
          ],
        ],
      },
      {
        key: 'carrying',
        nl: 'Dragen',
        en: 'Carrying',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan ongeveer 15 kg dragen (tot en met 4 minuten aaneen)',
            'Normal: can carry about 15 kg (for up to 4 minutes at a time)',
          ],
          [
            'Licht beperkt: kan ongeveer 10 kg dragen (tot en met 2 minuten aaneen)',
            'Slightly limited: can carry about 10 kg (for up to 2 minutes at a time)',
          ],
          [
            'Beperkt: kan ongeveer 5 kg dragen (tot en met 1 minuut aaneen)',
            'Limited: can carry about 5 kg (for up to 1 minute at a time)',
          ],
          [
            'Sterk beperkt: kan ongeveer 2 kg dragen (tot en met 2 minuten aaneen bij tot en met 5 keer per uur; 1 minuut bij meer dan 5 keer per uur)',
            'Severely limited: can carry about 2 kg (for up to 2 minutes at a time when up to 5 times per hour; 1 minute when more than 5 times per hour)',
          ],
        ],
      },
      {
        key: 'headMovements',
        nl: 'Hoofdbewegingen',
        en: 'Head movements',
        // DOMAIN.md gives "(0 120×/u · 1 · 2)"; the labels of 1 and 2 are from the template, which asks for
        // "namelijk" at both.
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: kan het hoofd ongehinderd bewegen (120 keer per uur)',
            'Normal: can move the head freely (120 times per hour)',
          ],
          ['Beperkt: kan het hoofd beperkt bewegen', 'Limited: can move the head to a limited extent'],
          [
            'Sterk beperkt: kan het hoofd niet of nauwelijks bewegen',
            'Severely limited: can hardly or not at all move the head',
          ],
        ],
      },
      {
        key: 'walking',
        nl: 'Lopen',
        en: 'Walking',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan ongeveer een uur achtereen lopen (3 km/u)',
            'Normal: can walk for about an hour at a stretch (3 km/h)',
          ],
          [
            'Licht beperkt: kan ongeveer 30 minuten achtereen lopen',
            'Slightly limited: can walk for about 30 minutes at a stretch',
          ],
          ['Beperkt: kan ongeveer 15 minuten achtereen lopen', 'Limited: can walk for about 15 minutes at a stretch'],
          [
            'Sterk beperkt: kan minder dan ongeveer 5 minuten achtereen lopen',
            'Severely limited: can walk for less than about 5 minutes at a stretch',
          ],
        ],
      },
      {
        key: 'walkingDuringWork',
        nl: 'Lopen tijdens het werk',
        en: 'Walking during work',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zo nodig gedurende het merendeel van de werkdag lopen (3 km/u)',
            'Normal: can, if needed, walk for most of the working day (3 km/h)',
          ],
          [
            'Licht beperkt: kan zo nodig gedurende de helft van de werkdag (ongeveer 4 uur) lopen',
            'Slightly limited: can, if needed, walk for half the working day (about 4 hours)',
          ],
          [
            'Beperkt: kan zo nodig gedurende een beperkt deel van de werkdag (ongeveer 1 uur) lopen',
            'Limited: can, if needed, walk for a limited part of the working day (about 1 hour)',
          ],
          [
            'Sterk beperkt: kan minder dan een half uur per werkdag lopen',
            'Severely limited: can walk for less than half an hour per working day',
          ],
        ],
      },
      {
        key: 'stairClimbing',
        nl: 'Trappenlopen',
        en: 'Climbing stairs',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan in één keer minstens 2 trappen op en af (totaal 60 treden)',
            'Normal: can go up and down at least 2 flights of stairs in one go (60 steps in total)',
          ],
          [
            'Licht beperkt: kan in één keer minstens 1 trap op en af (totaal 30 treden)',
            'Slightly limited: can go up and down at least 1 flight of stairs in one go (30 steps in total)',
          ],
          [
            'Beperkt: kan in één keer 1 trap op óf af (totaal 15 treden)',
            'Limited: can go either up or down 1 flight of stairs in one go (15 steps in total)',
          ],
          [
            'Sterk beperkt: kan in één keer alleen een bordestrapje op of af',
            'Severely limited: can only go up or down a small step ladder (bordestrapje) in one go',
          ],
        ],
      },
      {
        key: 'climbing',
        nl: 'Klimmen',
        en: 'Climbing',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan minstens een ladder op en af (gemiddeld 5 m)',
            'Normal: can climb up and down at least a ladder (5 m on average)',
          ],
          [
            'Licht beperkt: kan minstens een huishoudtrap op en af (gemiddeld 3 m)',
            'Slightly limited: can climb up and down at least a household step ladder (3 m on average)',
          ],
          [
            'Beperkt: kan minstens een opstapje op en af',
            'Limited: can step up onto and down from at least a low step',
          ],
          ['Sterk beperkt: kan geen opstap maken', 'Severely limited: cannot step up at all'],
        ],
      },
      {
        key: 'kneelingSquatting',
        nl: 'Knielen en/of hurken',
        en: 'Kneeling and/or squatting',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan 10 keer per uur knielend of hurkend met de handen de grond bereiken',
            'Normal: can reach the floor with the hands while kneeling or squatting 10 times per hour',
          ],
          [
            'Licht beperkt: kan hooguit 5 keer per uur knielend en/of hurkend met de handen de grond bereiken',
            'Slightly limited: can reach the floor with the hands while kneeling and/or squatting at most 5 times per hour',
          ],
          [
            'Beperkt: kan hooguit 2 keer per uur knielend en/of hurkend met de handen de grond bereiken',
            'Limited: can reach the floor with the hands while kneeling and/or squatting at most 2 times per hour',
          ],
          [
            'Sterk beperkt: kan niet of nauwelijks knielend en/of hurkend met de handen de grond bereiken',
            'Severely limited: can hardly or not at all reach the floor with the hands while kneeling and/or squatting',
          ],
        ],
      },
      {
        key: 'otherDynamic',
        nl: 'Overige beperkingen van dynamisch handelen',
        en: 'Other limitations in dynamic actions',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: geen specifieke overige beperkingen in dynamisch handelen',
            'Normal: no other specific limitations in dynamic actions',
          ],
          ['Beperkt: er gelden specifieke overige beperkingen', 'Limited: other specific limitations apply'],
        ],
      },
    ],
  },
  {
    id: 'V',
    nl: 'Statische houdingen',
    en: 'Static postures',
    items: [
      {
        key: 'sitting',
        nl: 'Zitten',
        en: 'Sitting',
        scale: 'ordinal',
        levels: [
          ['Normaal: kan ongeveer 2 uur achtereen zitten', 'Normal: can sit for about 2 hours at a stretch'],
          [
            'Licht beperkt: kan ongeveer een uur achtereen zitten',
            'Slightly limited: can sit for about an hour at a stretch',
          ],
          [
            'Beperkt: kan ongeveer een half uur achtereen zitten',
            'Limited: can sit for about half an hour at a stretch',
          ],
          [
            'Sterk beperkt: kan minder dan een kwartier achtereen zitten',
            'Severely limited: can sit for less than a quarter of an hour at a stretch',
          ],
        ],
      },
      {
        key: 'sittingDuringWork',
        nl: 'Zitten tijdens het werk',
        en: 'Sitting during work',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zo nodig gedurende vrijwel de gehele werkdag zitten',
            'Normal: can, if needed, sit for almost the whole working day',
          ],
          [
            'Licht beperkt: kan zo nodig gedurende het grootste deel van de werkdag zitten (niet meer dan 8 uur)',
            'Slightly limited: can, if needed, sit for most of the working day (no more than 8 hours)',
          ],
          [
            'Beperkt: kan zo nodig gedurende de helft van de werkdag (ongeveer 4 uur) zitten',
            'Limited: can, if needed, sit for half the working day (about 4 hours)',
          ],
          [
            'Sterk beperkt: kan minder dan 4 uur per werkdag zitten',
            'Severely limited: can sit for less than 4 hours per working day',
          ],
        ],
      },
      {
        key: 'standing',
        nl: 'Staan',
        en: 'Standing',
        scale: 'ordinal',
        levels: [
          ['Normaal: kan ongeveer een uur achtereen staan', 'Normal: can stand for about an hour at a stretch'],
          [
            'Licht beperkt: kan ongeveer een half uur achtereen staan',
            'Slightly limited: can stand for about half an hour at a stretch',
          ],
          ['Beperkt: kan ongeveer 15 minuten achtereen staan', 'Limited: can stand for about 15 minutes at a stretch'],
          [
            'Sterk beperkt: kan minder dan 5 minuten achtereen staan',
            'Severely limited: can stand for less than 5 minutes at a stretch',
          ],
        ],
      },
      {
        key: 'standingDuringWork',
        nl: 'Staan tijdens het werk',
        en: 'Standing during work',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan zo nodig gedurende het merendeel van de werkdag staan',
            'Normal: can, if needed, stand for most of the working day',
          ],
          [
            'Licht beperkt: kan zo nodig gedurende de helft van de werkdag (ongeveer 4 uur) staan',
            'Slightly limited: can, if needed, stand for half the working day (about 4 hours)',
          ],
          [
            'Beperkt: kan zo nodig gedurende een beperkt deel van de werkdag (ongeveer 1 uur) staan',
            'Limited: can, if needed, stand for a limited part of the working day (about 1 hour)',
          ],
          [
            'Sterk beperkt: kan minder dan een half uur per werkdag staan',
            'Severely limited: can stand for less than half an hour per working day',
          ],
        ],
      },
      {
        key: 'activeKneelingSquatting',
        nl: 'Geknield of gehurkt actief zijn',
        en: 'Being active while kneeling or squatting',
        // The template asks "te weten" at level 1.
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: kan minstens 5 minuten achtereen geknield of gehurkt actief zijn (2 keer per uur)',
            'Normal: can be active while kneeling or squatting for at least 5 minutes at a stretch (2 times per hour)',
          ],
          [
            'Beperkt: kan minder dan 5 minuten achtereen geknield of gehurkt actief zijn',
            'Limited: can be active while kneeling or squatting for less than 5 minutes at a stretch',
          ],
        ],
      },
      {
        key: 'activeBentTwisted',
        nl: 'Gebogen en/of getordeerd actief zijn',
        en: 'Being active while bent and/or twisted',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan 5 minuten of langer achtereen gebogen en/of getordeerd actief zijn (2 keer per uur)',
            'Normal: can be active while bent and/or twisted for 5 minutes or longer at a stretch (2 times per hour)',
          ],
          [
            'Beperkt: kan tot 5 minuten achtereen gebogen en/of getordeerd actief zijn',
            'Limited: can be active while bent and/or twisted for up to 5 minutes at a stretch',
          ],
          [
            'Sterk beperkt: kan tot 2 minuten achtereen gebogen en/of getordeerd actief zijn',
            'Severely limited: can be active while bent and/or twisted for up to 2 minutes at a stretch',
          ],
        ],
      },
      {
        key: 'activeAboveShoulder',
        nl: 'Boven schouderhoogte actief zijn',
        en: 'Being active above shoulder height',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: kan 2 minuten achtereen boven schouderhoogte actief zijn (10 keer per uur)',
            'Normal: can be active above shoulder height for 2 minutes at a stretch (10 times per hour)',
          ],
          [
            'Beperkt: kan ongeveer 1 minuut achtereen boven schouderhoogte actief zijn',
            'Limited: can be active above shoulder height for about 1 minute at a stretch',
          ],
          [
            'Sterk beperkt: kan niet of nauwelijks boven schouderhoogte actief zijn',
            'Severely limited: can hardly or not at all be active above shoulder height',
          ],
        ],
      },
      {
        key: 'headInFixedPosition',
        nl: 'Het hoofd in een bepaalde stand houden',
        en: 'Keeping the head in a fixed position',
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan het hoofd zo nodig gedurende het merendeel van de werkdag in een bepaalde stand houden',
            'Normal: can, if needed, keep the head in a fixed position for most of the working day',
          ],
          [
            'Licht beperkt: kan dit zo nodig gedurende de helft van de werkdag (ongeveer 4 uur)',
            'Slightly limited: can do this, if needed, for half the working day (about 4 hours)',
          ],
          [
            'Beperkt: kan dit zo nodig gedurende een beperkt deel van de werkdag (ongeveer 1 uur)',
            'Limited: can do this, if needed, for a limited part of the working day (about 1 hour)',
          ],
          [
            'Sterk beperkt: kan dit minder dan een half uur per werkdag',
            'Severely limited: can do this for less than half an hour per working day',
          ],
        ],
      },
      {
        key: 'postureVariation',
        nl: 'Afwisseling van houding',
        en: 'Variation of posture',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: geen specifieke opeenvolging van verschillende houdingen vereist',
            'Normal: no specific sequence of different postures required',
          ],
          [
            'Beperkt: specifieke afwisseling van houdingen vereist',
            'Limited: a specific variation of postures is required',
          ],
        ],
      },
      {
        key: 'otherStatic',
        nl: 'Overige beperkingen van statische houdingen',
        en: 'Other limitations in static postures',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: geen specifieke overige beperkingen in statische houdingen',
            'Normal: no other specific limitations in static postures',
          ],
          ['Beperkt: er gelden specifieke overige beperkingen', 'Limited: other specific limitations apply'],
        ],
      },
    ],
  },
  {
    id: 'VI',
    nl: 'Werktijden',
    en: 'Working hours',
    items: [
      {
        key: 'periodsOfDay',
        nl: 'Perioden van het etmaal',
        en: 'Periods of the day',
        // multiple, not ordinal: evenings (1) and nights (2) are different periods, neither is a stronger
        // limitation than the other, and a person can be unable to work both. Only level 1 asks for
        // "namelijk" in the template, so qualifier stays false.
        scale: 'multiple',
        levels: [
          [
            "Normaal: kan zo nodig op elk uur van het etmaal werken, ook 's nachts",
            'Normal: can, if needed, work at any hour of the day, including at night',
          ],
          ['Beperkt: kan niet elke avond werken (18.00–22.00 uur)', 'Limited: cannot work every evening (18:00–22:00)'],
          ["Beperkt: kan 's nachts niet werken (22.00–6.00 uur)", 'Limited: cannot work at night (22:00–06:00)'],
        ],
      },
      {
        key: 'hoursPerDay',
        nl: 'Uren per dag',
        en: 'Hours per day',
        // The template asks for "namelijk" at 2–4 but not at 1, so qualifier stays false.
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan gemiddeld minstens 8 uur per dag werken',
            'Normal: can work at least 8 hours per day on average',
          ],
          [
            'Enigszins beperkt: kan gemiddeld ongeveer 8 uur per dag werken',
            'Somewhat limited: can work about 8 hours per day on average',
          ],
          [
            'Licht beperkt: kan gemiddeld ongeveer 6 uur per dag werken',
            'Slightly limited: can work about 6 hours per day on average',
          ],
          [
            'Beperkt: kan gemiddeld ongeveer 4 uur per dag werken',
            'Limited: can work about 4 hours per day on average',
          ],
          [
            'Zeer beperkt: kan gemiddeld ongeveer 2 uur per dag werken',
            'Very limited: can work about 2 hours per day on average',
          ],
        ],
      },
      {
        key: 'hoursPerWeek',
        nl: 'Uren per week',
        en: 'Hours per week',
        // The template asks for "namelijk" at 2–4 but not at 1, so qualifier stays false.
        scale: 'ordinal',
        levels: [
          [
            'Normaal: kan gemiddeld minstens 40 uur per week werken',
            'Normal: can work at least 40 hours per week on average',
          ],
          [
            'Enigszins beperkt: kan gemiddeld ongeveer 40 uur per week werken',
            'Somewhat limited: can work about 40 hours per week on average',
          ],
          [
            'Licht beperkt: kan gemiddeld ongeveer 30 uur per week werken',
            'Slightly limited: can work about 30 hours per week on average',
          ],
          [
            'Beperkt: kan gemiddeld ongeveer 20 uur per week werken',
            'Limited: can work about 20 hours per week on average',
          ],
          [
            'Zeer beperkt: kan gemiddeld ongeveer 10 uur per week werken',
            'Very limited: can work about 10 hours per week on average',
          ],
        ],
      },
      {
        key: 'otherWorkingHours',
        nl: 'Overige werktijdbeperkingen',
        en: 'Other working-hours limitations',
        scale: 'ordinal',
        qualifier: true,
        levels: [
          [
            'Normaal: geen specifieke overige beperkingen ten aanzien van werktijden',
            'Normal: no other specific limitations regarding working hours',
          ],
          [
            'Beperkt: er gelden specifieke overige beperkingen ten aanzien van werktijden',
            'Limited: other specific limitations regarding working hours apply',
          ],
        ],
      },
    ],
  },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}

/**
 * The catalogue: rubrieken I–VI with their items in FML order (DOMAIN.md §2.2). Frozen, because every
 * assessment and every vacancy profile is read against it.
 */
export const FML_SECTIONS: readonly FmlSection[] = deepFreeze(
  SECTION_DEFS.map((section): FmlSection => ({
    id: section.id,
    nl: section.nl,
    en: section.en,
    items: section.items.map((def, index): FmlItem => ({
      id: `${section.id}.${index + 1}`,
      section: section.id,
      number: index + 1,
      key: def.key,
      nl: def.nl,
      en: def.en,
      scale: def.scale,
      levels: def.levels.map(([nl, en], code) => ({ code, nl, en })),
      qualifier: def.qualifier ?? false,
      levelsVerified: def.levelsVerified ?? true,
    })),
  })),
);

/** 9 + 12 + 8 + 21 + 10 + 4 items (DOMAIN.md §2.2, "64 items in this version"). */
export const FML_ITEM_COUNT = 64;

const ITEMS_BY_ID: ReadonlyMap<string, FmlItem> = new Map(
  FML_SECTIONS.flatMap((section) => section.items).map((item) => [item.id, item]),
);

/** The item with this id ('I.1' … 'VI.4'), or undefined. */
export function fmlItem(id: string): FmlItem | undefined {
  return ITEMS_BY_ID.get(id);
}

function isLevelCode(item: FmlItem, code: unknown): code is number {
  return typeof code === 'number' && Number.isInteger(code) && item.levels.some((level) => level.code === code);
}

/**
 * The codes an answer picks, or the error. ordinal/single: `level`, or `levels` with exactly one code (the
 * stored form is always a list); multiple: `levels` (or `level` as a set of one).
 */
function chosenCodes(item: FmlItem, answer: { level?: number; levels?: number[] }): readonly number[] | FmlAnswerError {
  const { level, levels } = answer;
  if (levels !== undefined && !Array.isArray(levels)) {
    return 'not-a-set';
  }
  if (item.scale !== 'multiple') {
    if (
      levels !== undefined &&
      (levels.length > 1 || (level !== undefined && levels.length === 1 && levels[0] !== level))
    ) {
      // a set, or two different answers, where one level is expected
      return 'not-a-set';
    }
    const code: unknown = level ?? levels?.[0];
    return isLevelCode(item, code) ? [code] : 'unknown-level';
  }
  const codes: readonly unknown[] = levels ?? (level === undefined ? [] : [level]);
  if (codes.length === 0 || !codes.every((code) => isLevelCode(item, code))) {
    return 'unknown-level';
  }
  if (new Set(codes).size !== codes.length) {
    return 'not-a-set';
  }
  if (codes.length > 1 && codes.includes(0)) {
    return 'zero-with-others';
  }
  return codes;
}

/** Validates an answer for an item: ordinal/single take one code from `levels`; multiple take a set (no duplicates; 0 only alone). Returns null when valid, else a short machine code: 'unknown-item' | 'unknown-level' | 'not-a-set' | 'zero-with-others' | 'qualifier-required'. */
export function checkFmlAnswer(
  itemId: string,
  answer: { level?: number; levels?: number[]; qualifier?: string | null },
): FmlAnswerError | null {
  const item = fmlItem(itemId);
  if (!item) {
    return 'unknown-item';
  }
  const codes = chosenCodes(item, answer);
  if (typeof codes === 'string') {
    return codes;
  }
  const qualifier: unknown = answer.qualifier;
  if (
    item.qualifier &&
    codes.some((code) => code !== 0) &&
    (typeof qualifier !== 'string' || qualifier.trim() === '')
  ) {
    return 'qualifier-required';
  }
  return null;
}

/**
 * For matching: true when a demand (an answer on the same item describing what a job asks) exceeds what the
 * person can (their answer), as CBBS signals "belasting > belastbaarheid" per item (DOMAIN.md §2.3). For
 * 'ordinal' items that is `capacityLevel > demandLevel`: the person's limitation is stronger than the job
 * tolerates (a job at the norm, level 0, is exceeded by any limitation). For 'single' and 'multiple' items it
 * is false: callers treat those as conditions.
 *
 * Throws a RangeError for an unknown item or a code that is not on the item's scale: answering "fits" for a
 * bad input would hide a limitation. Validate stored answers with {@link checkFmlAnswer} first.
 */
export function exceedsCapacity(itemId: string, capacityLevel: number, demandLevel: number): boolean {
  const item = fmlItem(itemId);
  if (!item) {
    throw new RangeError(`Unknown FML item: ${JSON.stringify(itemId)}`);
  }
  if (!isLevelCode(item, capacityLevel) || !isLevelCode(item, demandLevel)) {
    throw new RangeError(`FML item ${item.id} has no level ${String(capacityLevel)} or ${String(demandLevel)}`);
  }
  return item.scale === 'ordinal' && capacityLevel > demandLevel;
}
