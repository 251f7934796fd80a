/**
 * Demo content for the knowledge portal ("Kennisbank: wat werkt") of the demo region Midden-Utrecht.
 *
 * Everything here is written for the demo: authors, organisations such as "Werkbedrijf Midden-Utrecht"
 * or "Kenniswerkplaats Inclusief Werk", the practice examples and any figures are fictional. Evidence
 * levels use the scale of the Dutch recognition system (goed beschreven … effectief volgens sterke
 * aanwijzingen), but the assessments themselves are demo assessments by a fictional regional panel,
 * not official recognitions. Facts about instruments and IPS follow shared/domain/DOMAIN.md.
 */
import type { DemoKnowledgeItem } from './knowledge.vocabulary.js';

export const DEMO_KNOWLEDGE_ITEMS: DemoKnowledgeItem[] = [
  // ---------------------------------------------------------------- publicaties (20)
  {
    slug: 'vijf-jaar-ips-in-midden-utrecht',
    type: 'publication',
    title: 'Vijf jaar IPS in Midden-Utrecht: lessen uit de implementatie',
    summary:
      'Een terugblik op de invoering van Individuele Plaatsing en Steun (IPS) in de regio. Wat hielp teams om modelgetrouw te werken, en waar liepen zij tegenaan?',
    body: `## Aanleiding

Sinds 2019 werken GGZ-teams, het werkbedrijf en de gemeenten in Midden-Utrecht met Individuele Plaatsing en Steun (IPS). In deze publicatie kijken wij terug op vijf jaar implementatie. We baseren ons op interviews met IPS-specialisten, teamleiders, klantmanagers en werkgevers, en op de eigen registratie van de teams.

## Wat werkte

- **Inbedding in het behandelteam.** Teams waarin de IPS-specialist wekelijks aanschuift bij het multidisciplinair overleg, kwamen sneller tot werkgeverscontacten.
- **Een kleine caseload.** Specialisten met hoogstens twintig deelnemers hielden tijd over voor jobdevelopment en voor nazorg na plaatsing.
- **Snel starten met zoeken.** Waar werkzoekenden binnen enkele weken met een werkgever in gesprek gingen, bleef de motivatie hoger dan bij lange voortrajecten.

## Waar teams tegenaan liepen

De financiering was lange tijd versnipperd. Teams moesten per deelnemer uitzoeken welke regeling van toepassing was. Ook de samenwerking met klantmanagers van gemeente en UWV vroeg aandacht: niet iedereen kende de uitgangspunten van IPS, zoals de nadruk op de voorkeur van de deelnemer en op regulier betaald werk.

## Conclusies

IPS vraagt meer dan een methodiek. Het vraagt om bestuurlijke steun, om afspraken tussen domeinen en om blijvende aandacht voor modelgetrouwheid. De regio adviseert om fidelityreviews structureel te plannen en de uitkomsten te bespreken in het regionale leernetwerk.

## Aanbevelingen

1. Leg per organisatie vast wie IPS bestuurlijk draagt.
2. Maak één regionaal aanspreekpunt voor financiering.
3. Investeer in scholing van klantmanagers over IPS.
4. Meet uitkomsten per kwartaal en bespreek ze samen.`,
    authors: ['J. de Vries', 'F. Yilmaz'],
    organisations: ['Kenniswerkplaats Inclusief Werk', 'GGZ Midden-Utrecht'],
    publishedOn: '2024-03-14',
    themes: ['ips', 'mentalHealth', 'regionalCooperation'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'werk-en-zorg-verbinden-verkenning',
    type: 'publication',
    title: 'Werk en zorg verbinden: een verkenning van integrale samenwerking in het sociaal domein',
    summary:
      'Verkenning naar de samenwerking tussen werk en inkomen, Wmo, jeugd en zorg. De publicatie beschrijft knelpunten en kansen voor een integrale aanpak rond arbeidsparticipatie.',
    body: `## Achtergrond

Meedoen naar vermogen, waar mogelijk in betaald werk, draagt bij aan structuur, sociale contacten en een stabiel inkomen. Toch verloopt de samenwerking tussen professionals van werk en inkomen en hun collega's in zorg, welzijn en jeugd vaak moeizaam. Inwoners krijgen daardoor niet altijd passende ondersteuning.

## Werkwijze

Voor deze verkenning spraken wij met professionals uit drie gemeenten in de regio: klantmanagers, Wmo-consulenten, jeugdprofessionals, schuldhulpverleners en medewerkers van de GGZ. We vroegen hen naar hun ervaringen met casussen waarin werk, zorg en inkomen samenkomen.

## Bevindingen

- **Versnipperde regels.** Elke wet heeft eigen doelen en termijnen. Professionals kennen vooral hun eigen kader.
- **Korte termijn boven lange termijn.** De druk om snel uitstroom uit de uitkering te realiseren, gaat soms ten koste van duurzaam, passend werk.
- **Onbekendheid met elkaar.** Veel professionals weten niet wie in het andere domein aanspreekbaar is.
- **Zorgen over privacy.** Onzekerheid over wat mag, leidt ertoe dat informatie niet wordt gedeeld, ook als de inwoner dat wel wil.

## Kansen

Gemeenten die werken met een vaste contactpersoon per domein, een gezamenlijk plan en regelmatige casusoverleggen, zien dat inwoners minder vaak worden doorverwezen. Een gedeelde visie op participatie helpt professionals om de vraag van de inwoner centraal te zetten.

## Vervolg

De verkenning vormt de basis voor een leernetwerk en een leergang voor gemeenten in de regio.`,
    authors: ['M. Bakker', 'E. de Graaf'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2019-10-08',
    themes: ['careAndWork', 'integratedPlan', 'regionalCooperation'],
    domains: ['youth', 'wmo', 'workAndIncome', 'care'],
    targetGroups: ['workDisability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'wat-is-duurzaam-werk-definities',
    type: 'publication',
    title: 'Wat is duurzaam werk? Definities en meetkeuzes voor plaatsingen',
    summary:
      "Er bestaat geen eenduidige definitie van een duurzame plaatsing. Deze notitie zet de keuzes op een rij en adviseert regio's om hun definitie expliciet te maken.",
    body: `## Het probleem

Programma's in het sociaal domein streven naar duurzaam werk voor werkzoekenden met een arbeidsbeperking of psychische kwetsbaarheid. Maar wat telt als duurzaam? In de praktijk gebruiken organisaties verschillende definities. Daardoor zijn resultaten tussen regio's en aanpakken lastig te vergelijken.

## De keuzes

Een definitie van een duurzame plaatsing bestaat uit een aantal bouwstenen:

- **Duur**: hoe lang moet iemand aan het werk zijn? Veel gebruikte meetmomenten zijn zes en twaalf maanden na de start.
- **Omvang**: geldt een minimum aantal uren per week?
- **Contractvorm**: telt alleen een arbeidsovereenkomst, of ook uitzendwerk en werken als zzp'er?
- **Soort werk**: telt alleen regulier werk tegen ten minste het minimumloon, of ook werk met loonkostensubsidie of beschut werk?
- **Onderbrekingen**: blijft een plaatsing duurzaam als iemand binnen de periode van baan wisselt?

## Advies

Wij adviseren om de gekozen definitie altijd naast de cijfers te tonen. Maak de definitie instelbaar in de registratie, zodat een regio dezelfde gegevens ook volgens een andere definitie kan bekijken. Zo voorkom je dat verschillen in uitkomsten eigenlijk verschillen in definities zijn.

## Tot slot

Duurzaamheid gaat niet alleen over duur. Deelnemers noemen ook passend werk, goede begeleiding door de werkgever en een zeker inkomen. Die kwalitatieve kant verdient een plek naast de cijfers.`,
    authors: ['L. Mulder'],
    organisations: ['Kenniscentrum Werk en Inclusie'],
    publishedOn: '2022-05-19',
    themes: ['sustainablePlacement', 'measuringImpact'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'werkgeversdienstverlening-ervaringen-werkgevers',
    type: 'publication',
    title: 'Werkgeversdienstverlening rond arbeidsintegratie: wat werkgevers in de regio ervaren',
    summary:
      'Op basis van gesprekken met werkgevers beschrijft deze publicatie wat zij nodig hebben om mensen met een arbeidsbeperking in dienst te nemen en te houden.',
    body: `## Inleiding

Werkgevers spelen een sleutelrol in een inclusieve arbeidsmarkt voor mensen met arbeidsbeperkingen. Toch ervaren veel werkgevers de ondersteuning vanuit gemeenten, UWV en werkbedrijven als ingewikkeld. Voor deze publicatie spraken wij met werkgevers uit de zorg, de logistiek, de horeca en de groenvoorziening in Midden-Utrecht.

## Wat werkgevers zeggen

- **Eén aanspreekpunt.** Werkgevers willen niet per kandidaat een andere organisatie aan de lijn. Een vaste werkgeversadviseur wordt sterk gewaardeerd.
- **Snel en duidelijk.** Een toezegging over loonkostensubsidie of een jobcoach moet snel komen. Lange procedures schrikken af.
- **Eerlijke informatie.** Werkgevers willen weten wat een kandidaat kan en wat hij of zij nodig heeft, zonder medische details.
- **Nazorg.** Juist na de eerste maanden ontstaan vragen. Werkgevers die dan terug kunnen vallen op een jobcoach, houden hun nieuwe medewerkers vaker vast.

## Rol van de professional

Professionals kunnen de interactie tussen werkgever en werkzoekende verbeteren door vooraf te kijken naar de taken in het bedrijf. Jobcarving, het opnieuw verdelen van taken, opent vaak deuren die met een gewone vacature dicht blijven.

## Aanbevelingen

1. Organiseer werkgeversdienstverlening regionaal en met één gezicht.
2. Leg afspraken over instrumenten vast, zodat werkgevers weten waar zij op kunnen rekenen.
3. Betrek werkgevers bij het evalueren van de dienstverlening.`,
    authors: ['R. Visser', 'P. van Dijk'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht', 'Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2021-09-30',
    themes: ['employerServices', 'jobCarving', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'schulden-als-drempel-naar-werk',
    type: 'publication',
    title: 'Schulden als drempel naar werk: samenhang en aanpak',
    summary:
      'Financiële stress maakt het moeilijk om aan werk te beginnen of werk te houden. Deze publicatie verkent hoe schuldhulpverlening en re-integratie elkaar kunnen versterken.',
    body: `## Samenhang tussen schulden en werk

Veel werkzoekenden in een re-integratietraject hebben te maken met schulden. Geldzorgen vragen veel aandacht en energie. Wie voortdurend bezig is met rekeningen en aanmaningen, heeft minder ruimte om te solliciteren of nieuw werk te leren. Daarnaast kan de angst dat extra inkomen direct naar schuldeisers gaat, werk minder aantrekkelijk maken.

## Wat professionals zien

In gesprekken met klantmanagers, jobcoaches en schuldhulpverleners kwamen drie patronen naar voren:

- Schulden worden laat besproken, vaak pas als er al een baan in zicht is.
- De overgang van uitkering naar loon geeft onzekerheid over toeslagen en aflossingen.
- Beslagleggingen op loon zorgen soms voor spanning met de nieuwe werkgever.

## Aanpak

Een integrale aanpak begint met het bespreekbaar maken van geldzorgen bij de intake. Daarna helpt het om schuldhulp en werkbegeleiding te laten samenwerken in één plan. Afspraken over een stabiel inkomen in de eerste maanden van een baan geven rust.

## Aandachtspunten

- Bied een persoonlijk advies over inkomen, uitkering en toeslagen bij werkaanvaarding.
- Spreek met de deelnemer af welke informatie met de schuldhulpverlener wordt gedeeld.
- Zorg dat de werkgever weet bij wie hij terecht kan bij vragen over loonbeslag.

## Conclusie

Werk en schulden vragen om één gezamenlijk plan. Niet eerst het een en dan het ander, maar tegelijk en in samenhang.`,
    authors: ['N. Boukhari'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2020-11-12',
    themes: ['debts', 'integratedPlan'],
    domains: ['workAndIncome', 'wmo'],
    targetGroups: ['benefitRecipient', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'van-school-naar-werk-pro-vso',
    type: 'publication',
    title: 'Van school naar werk: de overgang van pro- en vso-leerlingen',
    summary:
      'Leerlingen van het praktijkonderwijs en het voortgezet speciaal onderwijs verliezen na school vaak de aansluiting. Deze publicatie beschrijft wat een warme overdracht naar werk vraagt.',
    body: `## Inleiding

Jongeren uit het praktijkonderwijs (pro) en het voortgezet speciaal onderwijs (vso) staan na hun schooltijd voor een grote stap. Een deel van hen vindt een baan, een deel gaat naar vervolgonderwijs en een deel raakt uit beeld. Juist die laatste groep loopt het risico langdurig thuis te zitten.

## Wat wij onderzochten

Wij volgden de schoolverlaters van twee scholen in de regio en spraken met leerlingen, ouders, stagebegeleiders, jobcoaches en werkgevers. De vraag was: wat helpt om de overgang van school naar werk soepel te laten verlopen?

## Bevindingen

- **Stage als opstap.** Leerlingen die hun laatste stage konden omzetten in betaald werk, bleven vaker aan het werk.
- **Warme overdracht.** Als de school de jongere persoonlijk overdraagt aan een jobcoach of klantmanager, gaat er minder informatie verloren.
- **Ouders als partner.** Ouders hebben veel invloed op de keuzes van hun kind. Zij hebben behoefte aan duidelijke informatie over loon, uitkering en het doelgroepregister.
- **Jeugdhulp en werk.** Bij jongeren met jeugdhulp stopt die hulp vaak rond hun achttiende. Afstemming tussen jeugd en werk is dan belangrijk.

## Aanbevelingen

1. Start het gesprek over werk al in het voorlaatste schooljaar.
2. Maak afspraken tussen school, gemeente en werkgever over brugbanen.
3. Zorg voor een vast aanspreekpunt na school.
4. Betrek de jongere zelf bij elk besluit over het vervolg.`,
    authors: ['K. Hoekstra', 'T. Smit'],
    organisations: ['Kenniscentrum Werk en Inclusie', 'Praktijkschool De Brug'],
    publishedOn: '2021-04-22',
    themes: ['youngPeople', 'learningRoutes'],
    domains: ['youth', 'workAndIncome'],
    targetGroups: ['praktijkVsoPupil', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'statushouders-taal-leren-en-werken',
    type: 'publication',
    title: 'Statushouders aan het werk: taal, leren en werken combineren',
    summary:
      "Statushouders willen vaak snel aan het werk, maar taal en erkenning van diploma's staan in de weg. Deze publicatie beschrijft duale trajecten die taal en werk combineren.",
    body: `## Context

Statushouders (vergunninghouders) hebben vaak werkervaring en opleidingen uit hun land van herkomst. Toch vinden zij lang niet altijd passend werk in Nederland. De Nederlandse taal, onbekendheid met de arbeidsmarkt en het ontbreken van erkende diploma's zijn belangrijke drempels.

## Duale trajecten

In een duaal traject leert een statushouder de taal terwijl hij of zij al werkt of werkervaring opdoet. De taallessen sluiten aan op de woorden en situaties van de werkvloer. Voorbeelden in de regio zijn een werkervaringsplaats bij een hoveniersbedrijf, een leerbaan in de techniek en een voortraject naar een BBL-opleiding in de zorg.

## Wat opvalt

- Werkzoekenden leren de taal sneller als zij die direct kunnen gebruiken.
- Werkgevers waarderen een taalcoach die ook op de werkvloer komt.
- De combinatie van inburgering, werk en eventueel een gezin vraagt veel. Een haalbare planning is daarom belangrijk.
- Psychische klachten door ervaringen tijdens de vlucht worden soms laat herkend.

## Randvoorwaarden

Duale trajecten vragen om samenwerking tussen de gemeente, de taalaanbieder, de werkgever en soms een mbo-instelling. Het helpt als één trajectbegeleider het overzicht houdt en de statushouder helpt bij keuzes.

## Aanbevelingen

1. Begin zo vroeg mogelijk met werk, naast de taallessen.
2. Erken eerder opgedane kennis, bijvoorbeeld met een praktijkverklaring.
3. Besteed aandacht aan gezondheid en welzijn, niet alleen aan werk.`,
    authors: ['A. El Idrissi', 'H. van den Berg'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2022-10-03',
    themes: ['statusHolders', 'learningRoutes', 'workExperience'],
    domains: ['workAndIncome'],
    targetGroups: ['statusHolder'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['workExperience', 'learningRoute'],
  },
  {
    slug: 'procesevaluatie-jobcoaching-reguliere-werkgevers',
    type: 'publication',
    title: 'Procesevaluatie jobcoaching bij reguliere werkgevers',
    summary:
      'Hoe verloopt jobcoaching in de praktijk, en wat waarderen werknemers en werkgevers? Een procesevaluatie van de jobcoachdienst van Werkbedrijf Lekstroom.',
    body: `## Doel van de evaluatie

Werkbedrijf Lekstroom biedt jobcoaching aan werknemers met een arbeidsbeperking die bij een reguliere werkgever aan de slag gaan. Deze procesevaluatie beschrijft hoe de jobcoaching in de praktijk wordt uitgevoerd en hoe betrokkenen die ervaren. Het gaat nadrukkelijk om het proces, niet om de effecten.

## Opzet

De evaluatie bestond uit een analyse van begeleidingsplannen, observaties op de werkplek en interviews met werknemers, leidinggevenden en jobcoaches.

## Bevindingen

- **Inwerken.** In de eerste weken is de jobcoach vaak op de werkvloer. Werknemers noemen dit prettig, omdat zij zich minder alleen voelen.
- **Begeleidingsplan.** De meeste plannen beschrijven doelen voor de werknemer, maar minder vaak wat de werkgever of collega's kunnen doen.
- **Afbouw.** Jobcoaches bouwen de begeleiding geleidelijk af. Werkgevers willen wel weten dat zij de jobcoach kunnen bellen als er iets speelt.
- **Collega's.** Een vaste collega als maatje maakt de jobcoach op termijn minder nodig.

## Verbeterpunten

1. Neem in het begeleidingsplan ook afspraken met de werkgever op.
2. Plan vaste evaluatiemomenten na drie en zes maanden.
3. Registreer het aantal contacten, zodat later onderzocht kan worden of intensiteit samenhangt met baanbehoud.

## Hoe verder

De volgende stap is een effectevaluatie. Daarvoor is een vergelijkingsgroep nodig en een heldere definitie van duurzaam werk.`,
    authors: ['W. Kramer', 'L. Mulder'],
    organisations: ['Kenniscentrum Werk en Inclusie', 'Werkbedrijf Lekstroom'],
    publishedOn: '2023-06-27',
    themes: ['jobCoaching', 'sustainablePlacement', 'measuringImpact'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: ['jobCoaching'],
  },
  {
    slug: 'effecten-meten-regionale-evaluaties',
    type: 'publication',
    title: 'Effecten meten in het sociaal domein: ontwerpkeuzes voor regionale evaluaties',
    summary:
      'Een methodische notitie voor programmamanagers en evaluatoren: hoe vergelijk je cohorten eerlijk, en welke maten passen bij uitkomsten zoals plaatsing en baanbehoud?',
    body: `## Waarom deze notitie

Regio's willen weten of hun aanpakken werken. Een stijging van het aantal plaatsingen zegt op zichzelf weinig: misschien was de arbeidsmarkt gunstiger of was de instroom anders samengesteld. Deze notitie helpt bij het kiezen van een passend evaluatieontwerp.

## Ontwerpen

- **Voor- en nameting** binnen één groep: eenvoudig, maar gevoelig voor externe invloeden.
- **Vergelijking van cohorten**: deelnemers aan de aanpak tegenover een vergelijkbare groep zonder de aanpak.
- **Gerandomiseerd onderzoek**: het sterkst, maar in de uitvoeringspraktijk lang niet altijd haalbaar of wenselijk.

## Uitkomstmaten

Voor een uitkomst als "aan het werk na twaalf maanden" gebruik je bijvoorbeeld het risicoverschil, het relatief risico of de odds ratio, steeds met een 95%-betrouwbaarheidsinterval. Voor baanbehoud, waarbij niet iedereen even lang gevolgd is, passen overlevingscurves volgens Kaplan-Meier en een log-ranktoets beter.

## Valkuilen

- Kleine aantallen geven brede betrouwbaarheidsintervallen. Trek dan geen harde conclusies.
- Verschillen in definities tussen groepen vertekenen de vergelijking.
- Publiceer geen cijfers over heel kleine groepen: onderdruk kleine cellen om herleidbaarheid te voorkomen.

## Advies

Leg vooraf vast welke uitkomst je meet, met welke definitie en op welk moment. Combineer effectonderzoek met een procesevaluatie, zodat je ook begrijpt waarom iets wel of niet werkt.`,
    authors: ['L. Mulder', 'D. Koster'],
    organisations: ['Kenniscentrum Werk en Inclusie'],
    publishedOn: '2024-09-05',
    themes: ['measuringImpact', 'sustainablePlacement'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'psychische-kwetsbaarheid-werkvloer-werkgevers',
    type: 'publication',
    title: 'Psychische kwetsbaarheid op de werkvloer: beelden en ervaringen van werkgevers',
    summary:
      'Wat denken werkgevers over het aannemen van mensen met een psychische kwetsbaarheid? En wat verandert er als zij ervaring opdoen? Een kwalitatieve studie in de regio.',
    body: `## Inleiding

Mensen met een psychische kwetsbaarheid willen vaak graag werken, maar stuiten op vooroordelen. Werkgevers maken zich zorgen over verzuim, over de reactie van collega's of over hun eigen rol. Tegelijk geven werkgevers die ervaring hebben met deze werknemers vaak een positiever beeld.

## Opzet

Wij interviewden werkgevers met en zonder ervaring met werknemers met een psychische kwetsbaarheid. Daarnaast organiseerden wij twee groepsgesprekken met leidinggevenden.

## Beelden vooraf

- Onzekerheid over wat een psychische aandoening betekent voor het werk.
- Angst om iets verkeerd te zeggen.
- Zorgen over langdurige uitval en de kosten daarvan.

## Ervaringen achteraf

Werkgevers die een werknemer via IPS of jobcoaching in dienst namen, noemden vooral de betrokkenheid en loyaliteit van hun nieuwe collega. Zij waardeerden het dat een specialist beschikbaar bleef. Openheid over wat iemand nodig heeft, bijvoorbeeld vaste werktijden of een rustige werkplek, bleek vaak belangrijker dan kennis van de diagnose.

## Openheid en keuze

Of een werknemer vertelt over zijn of haar kwetsbaarheid, is een eigen keuze. Professionals bespreken vooraf met de werkzoekende wat hij of zij wel en niet wil delen.

## Aanbevelingen

1. Laat werkgevers elkaar ontmoeten en ervaringen uitwisselen.
2. Informeer over instrumenten zoals de no-riskpolis.
3. Geef leidinggevenden handvatten voor het gesprek over werk en welzijn.`,
    authors: ['S. Jansen'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2020-03-17',
    themes: ['mentalHealth', 'employerServices'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: ['ips', 'jobCoaching'],
  },
  {
    slug: 'gegevens-delen-rond-werk-en-zorg',
    type: 'publication',
    title: 'Gegevens delen rond werk en zorg: privacy als randvoorwaarde voor samenwerking',
    summary:
      'Integraal werken vraagt om het delen van informatie, maar gezondheidsgegevens zijn bijzondere persoonsgegevens. Deze publicatie beschrijft hoe je zorgvuldig en met de deelnemer samen gegevens deelt.',
    body: `## Spanningsveld

Professionals uit werk en inkomen, zorg en welzijn willen samenwerken rond één inwoner. Daarvoor moeten zij informatie delen. Tegelijk zijn gegevens over gezondheid bijzondere persoonsgegevens in de zin van artikel 9 van de AVG. Verwerking daarvan is in beginsel verboden, tenzij een van de uitzonderingen van toepassing is, zoals uitdrukkelijke toestemming of een wettelijke grondslag.

## Uitgangspunten

- **Doelbinding.** Deel alleen gegevens voor een concreet en vooraf bekend doel.
- **Dataminimalisatie.** Deel niet meer dan nodig. Een werkgever heeft geen diagnose nodig, wel informatie over wat iemand kan en welke aanpassing helpt.
- **Regie bij de deelnemer.** Laat de deelnemer per organisatie en per soort gegevens kiezen wie wat mag zien, en maak intrekken eenvoudig.
- **Transparantie.** Laat de deelnemer zien wie zijn of haar gegevens heeft ingezien.

## Praktijk

In de regio werken teams met een toestemmingsoverzicht per deelnemer. Daarin staat welke organisatie welke gegevens mag inzien en met welk doel. Als de deelnemer toestemming intrekt, vervalt de toegang direct.

## Aandachtspunten

- Leg vast op welke grondslag gegevens worden verwerkt.
- Bewaar gegevens niet langer dan nodig.
- Zorg voor logging van elke inzage en wijziging.

## Conclusie

Privacy is geen reden om niet samen te werken. Goed ingerichte toestemming en transparantie maken samenwerking juist mogelijk, en versterken het vertrouwen van deelnemers.`,
    authors: ['B. Meijer', 'I. Bos'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2023-02-09',
    themes: ['privacy', 'integratedPlan', 'careAndWork'],
    domains: ['workAndIncome', 'care', 'wmo'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'eigen-regie-in-re-integratie',
    type: 'publication',
    title: 'Eigen regie in re-integratie: wat deelnemers zelf belangrijk vinden',
    summary:
      'Deelnemers aan re-integratietrajecten vertellen wat eigen regie voor hen betekent: zelf kiezen, begrijpen wat er gebeurt en meebeslissen over hun gegevens.',
    body: `## Waarom dit onderzoek

Eigen regie is een veelgebruikt begrip in het sociaal domein. Maar wat betekent het voor werkzoekenden zelf? Wij vroegen het aan deelnemers van trajecten bij het werkbedrijf, de GGZ en de gemeente.

## Werkwijze

Wij voerden diepte-interviews met deelnemers in verschillende fasen van hun traject. Een ervaringsdeskundige was betrokken bij het opstellen van de vragen en bij de analyse.

## Wat deelnemers belangrijk vinden

- **Gehoord worden.** Deelnemers willen dat hun eigen wensen voor werk het uitgangspunt zijn, ook als die wensen ambitieus zijn.
- **Begrijpelijke taal.** Plannen en brieven in moeilijke taal geven het gevoel dat het traject over hen gaat in plaats van met hen.
- **Zelf inzien.** Deelnemers willen hun plan, afspraken en doelen zelf kunnen bekijken.
- **Meebeslissen over gegevens.** Veel deelnemers vinden het belangrijk om te weten wie hun gegevens ziet.
- **Tempo.** Sommigen willen snel aan de slag, anderen hebben meer tijd nodig. Beide moet kunnen.

## Betekenis voor professionals

Eigen regie betekent niet dat de deelnemer alles alleen doet. Het betekent dat de professional ondersteunt bij keuzes die de deelnemer zelf maakt. Dat vraagt om tijd, om open vragen en om het uitleggen van mogelijkheden en gevolgen.

## Aanbevelingen

1. Schrijf plannen samen met de deelnemer en in B1-taal.
2. Geef deelnemers digitaal inzage in hun eigen plan.
3. Maak toestemming voor gegevensdeling zichtbaar en eenvoudig te wijzigen.`,
    authors: ['E. de Graaf', 'C. Dekker'],
    organisations: ['Kenniscentrum Werk en Inclusie'],
    publishedOn: '2025-01-23',
    themes: ['selfDirection', 'privacy'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'psychologicalVulnerability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'leerroutes-naar-zorg-en-welzijn',
    type: 'publication',
    title: 'Leerroutes naar zorg en welzijn: instroom en behoud via praktijkleren',
    summary:
      'Zorg en welzijn zoeken nieuwe medewerkers. Laagdrempelige leerroutes op mbo-niveau 1 en 2 maken de sector toegankelijker voor werkzoekenden, zij-instromers en nuggers.',
    body: `## Achtergrond

De sector zorg en welzijn heeft grote behoefte aan nieuwe medewerkers. Tegelijk zijn er veel mensen die graag in de zorg willen werken, maar geen passende opleiding hebben. Laagdrempelige leerroutes kunnen beide vraagstukken verbinden.

## Soorten leerroutes

- **Voortraject naar BBL**: een voorbereidende periode waarin deelnemers kennismaken met het werk en basisvaardigheden leren, voordat zij starten met een beroepsbegeleidende leerweg.
- **Taakbrigades**: een versneld traject op mbo-niveau 1 of 2 voor afgebakende taken, bijvoorbeeld in de thuiszorg.
- **Werkervaringsplaatsen**: tijdelijke plekken om werkervaring op te doen, met behoud van uitkering.
- **Brugbanen**: betaalde banen voor jongeren uit het praktijkonderwijs en het voortgezet speciaal onderwijs.

## Certificering

Deelnemers kunnen hun leerresultaten laten vastleggen met een praktijkverklaring, een mbo-certificaat of een volledig diploma. Een praktijkverklaring beschrijft welke werkprocessen iemand in de praktijk beheerst.

## Instroom en behoud

Instroom alleen is niet genoeg. Werkgevers die investeren in begeleiding, een goed werkklimaat en doorgroeimogelijkheden, houden hun nieuwe medewerkers langer vast. Een vaste praktijkopleider is daarbij van grote waarde.

## Doelgroepen

De leerroutes richten zich op mensen met een arbeidsbeperking, statushouders, uitkeringsgerechtigden, niet-uitkeringsgerechtigden (nuggers) en carrièreswitchers.

## Aanbevelingen

1. Maak leerroutes modulair, zodat deelnemers stap voor stap verder kunnen.
2. Meet niet alleen instroom, maar ook behoud na een jaar.
3. Werk samen met mbo-instellingen en erkende leerbedrijven.`,
    authors: ['G. Peters'],
    organisations: ['Werkbedrijf Midden-Utrecht', 'Zorggroep Het Anker'],
    publishedOn: '2022-08-25',
    themes: ['learningRoutes', 'workExperience', 'careAndWork'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'statusHolder', 'benefitRecipient', 'nugger', 'careerSwitcher'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute', 'workExperience'],
  },
  {
    slug: 'niet-uitkeringsgerechtigden-in-beeld',
    type: 'publication',
    title: 'Niet-uitkeringsgerechtigden in beeld: bereik en ondersteuning van nuggers',
    summary:
      'Niet-uitkeringsgerechtigden (nuggers) hebben recht op ondersteuning bij werk, maar vinden de weg naar de gemeente vaak niet. Deze verkenning laat zien hoe gemeenten hen beter bereiken.',
    body: `## Wie zijn nuggers?

Nuggers zijn mensen zonder uitkering die geen betaald werk hebben, bijvoorbeeld omdat hun partner een inkomen heeft. Denk aan herintreders die jaren voor kinderen of familie hebben gezorgd, of aan mensen met een arbeidsbeperking die nooit een uitkering hebben aangevraagd. Zij hebben wel recht op ondersteuning bij het vinden van werk.

## Het probleem van bereik

Omdat nuggers niet in de uitkeringsadministratie staan, zijn zij voor gemeenten moeilijk te vinden. Veel nuggers weten ook niet dat zij een beroep kunnen doen op de gemeente. Daardoor blijft talent onbenut.

## Wat werkt bij het bereiken

- Voorlichting via plekken waar mensen al komen: buurthuizen, bibliotheken, scholen en huisartsen.
- Samenwerking met welzijnsorganisaties en het Wmo-loket.
- Een laagdrempelig inloopspreekuur over werk en scholing.
- Verhalen van herintreders die de stap al hebben gezet.

## Ondersteuning

Nuggers hebben vaak behoefte aan oriëntatie op de arbeidsmarkt, scholing en soms kinderopvang. Een leerroute in zorg of techniek kan een goede start zijn. Ook een jobcoach of een proefplaatsing kan helpen.

## Aandachtspunten

- Wees duidelijk over wat de gemeente wel en niet kan bieden.
- Houd rekening met gevolgen voor toeslagen en het inkomen van het huishouden.
- Registreer nuggers als aparte doelgroep, zodat je het bereik kunt volgen.`,
    authors: ['H. van den Berg'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2023-11-16',
    themes: ['regionalCooperation', 'learningRoutes'],
    domains: ['workAndIncome', 'wmo'],
    targetGroups: ['nugger'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'samenwerken-in-de-arbeidsmarktregio',
    type: 'publication',
    title: 'Samenwerken in de arbeidsmarktregio: rollen van gemeente, UWV en GGZ',
    summary:
      'Wie doet wat in de regionale samenwerking rond werk voor mensen met een psychische kwetsbaarheid of arbeidsbeperking? Een overzicht van rollen, taken en overlegstructuren.',
    body: `## Inleiding

Nederland is verdeeld in 35 arbeidsmarktregio's. Binnen elke regio werken gemeenten en UWV samen aan werkgeversdienstverlening en aan de toeleiding van werkzoekenden naar werk. Voor mensen met een psychische kwetsbaarheid komt daar de GGZ bij. Deze publicatie beschrijft hoe die samenwerking in Midden-Utrecht is ingericht.

## Rollen

- **Gemeenten** zijn verantwoordelijk voor inwoners met een bijstandsuitkering en voor nuggers. Zij verstrekken instrumenten zoals loonkostensubsidie en beschut werk.
- **UWV** ondersteunt mensen met een WW-, WIA- of Wajong-uitkering en kent voorzieningen toe zoals de no-riskpolis en werkvoorzieningen voor UWV-klanten.
- **GGZ-instellingen** bieden behandeling en, waar IPS is ingevoerd, werkbegeleiding vanuit het behandelteam.
- **Werkbedrijven en sw-bedrijven** bieden jobcoaching, werkervaringsplaatsen en beschut werk.
- **Scholen** zorgen voor de overgang van pro en vso naar werk.

## Overlegstructuren

De regio kent een bestuurlijk overleg, een regionaal werkgeversservicepunt en een werkgroep werk en zorg. In de werkgroep bespreken professionals casussen en knelpunten.

## Knelpunten

- Verschillende registratiesystemen en definities.
- Onduidelijkheid over financiering van gezamenlijke trajecten.
- Wisselingen van contactpersonen.

## Aanbevelingen

1. Maak een overzicht van rollen en aanspreekpunten en houd dat actueel.
2. Spreek gezamenlijke doelen en indicatoren af.
3. Evalueer de samenwerking jaarlijks met alle partners.`,
    authors: ['P. van Dijk'],
    organisations: ['Regio Midden-Utrecht'],
    publishedOn: '2019-06-20',
    themes: ['regionalCooperation', 'mentalHealth', 'employerServices'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['psychologicalVulnerability', 'workDisability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'modelgetrouwheid-en-uitkomsten-ips-drie-teams',
    type: 'publication',
    title: 'Modelgetrouwheid en uitkomsten van IPS: een verkennende analyse in drie teams',
    summary:
      'Hangt een hogere score op de IPS-modelgetrouwheidsschaal samen met meer deelnemers aan het werk? Een verkennende analyse in drie regionale IPS-teams, met de beperkingen daarvan.',
    body: `## Vraag

Internationaal onderzoek laat zien dat modelgetrouwheid en uitkomsten van IPS samenhangen. In deze verkennende analyse keken wij of dat patroon ook zichtbaar is in drie IPS-teams in onze regio.

## Gegevens

Wij gebruikten de scores van de fidelityreviews van de teams en het aandeel deelnemers dat per kwartaal regulier betaald werk had. De IPS-modelgetrouwheidsschaal telt 25 items, elk gescoord van 1 tot 5, met een maximum van 125 punten. Een score van 100 of hoger geldt als goede modelgetrouwheid.

## Wat we zagen

- Het team met de hoogste score had in de kwartalen na de review een hoger aandeel werkende deelnemers dan de andere twee teams.
- Items over caseloadgrootte en over samenwerking met het behandelteam verschilden het meest tussen de teams.
- Na verbeteracties op jobdevelopment nam het aantal werkgeverscontacten in één team duidelijk toe.

## Beperkingen

Met drie teams kunnen wij geen oorzakelijke conclusies trekken. De teams verschillen ook in de samenstelling van hun caseload en in de lokale arbeidsmarkt. De uitkomsten zijn daarom een signaal, geen bewijs.

## Betekenis

De analyse bevestigt dat het zinvol is om fidelityreviews te gebruiken als leerinstrument. Teams kunnen de itemscores gebruiken om gericht te verbeteren.

## Vervolg

Wij stellen voor de analyse te herhalen als meer teams en meer kwartalen beschikbaar zijn, en daarbij ook baanbehoud te volgen.`,
    authors: ['D. Koster', 'F. Yilmaz'],
    organisations: ['GGZ De Linde', 'Kenniscentrum Werk en Inclusie'],
    publishedOn: '2025-06-12',
    themes: ['ips', 'measuringImpact', 'mentalHealth'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'baanbehoud-na-plaatsing',
    type: 'publication',
    title: 'Baanbehoud na plaatsing: waarom banen eindigen en wat helpt',
    summary:
      'Een baan vinden is één stap, een baan houden is de volgende. Deze publicatie bundelt ervaringen met baanbehoud en de rol van nazorg, jobcoaching en werkgevers.',
    body: `## Inleiding

Veel aandacht in re-integratie gaat naar het vinden van werk. Maar voor werknemers met een arbeidsbeperking of psychische kwetsbaarheid is het behouden van werk minstens zo belangrijk. Deze publicatie beschrijft waarom banen eindigen en wat helpt om werk duurzaam te maken.

## Waarom banen eindigen

Uit het teruglezen van dossiers en gesprekken met werknemers en jobcoaches kwamen deze redenen naar voren:

- Het werk past niet bij de wensen of mogelijkheden van de werknemer.
- Er ontstaan conflicten met collega's of de leidinggevende.
- Een tijdelijk contract wordt niet verlengd.
- Psychische of lichamelijke klachten nemen toe.
- De reisafstand of werktijden blijken te zwaar.

Werknemers met verschillende arbeidsbeperkingen noemden vaak dezelfde redenen. Niet elk einde van een baan is een mislukking. Een eerste baan is vaak een leerervaring die helpt bij het vinden van een beter passende volgende baan.

## Wat helpt

- **Nazorg zonder einddatum.** Werknemers die zelf kunnen bepalen hoe lang zij begeleiding houden, voelen zich gesteund.
- **Vroeg signaleren.** Een jobcoach die regelmatig contact heeft, ziet problemen eerder.
- **Aanpassingen.** Kleine aanpassingen in taken of werktijden voorkomen vaak uitval.
- **Betrokken werkgever.** Een vaste leidinggevende of collega als aanspreekpunt.

## Meten

Volg baanbehoud met overlevingscurves, zodat ook lopende banen meetellen. Tel naast de eerste baan ook vervolgbanen.

## Conclusie

Duurzaam werk ontstaat door passend werk, blijvende steun en een werkgever die meedenkt.`,
    authors: ['W. Kramer'],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2024-05-30',
    themes: ['sustainablePlacement', 'jobCoaching'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['jobCoaching', 'ips'],
  },
  {
    slug: 'jobcarving-in-zorg-en-welzijn',
    type: 'publication',
    title: 'Jobcarving in zorg en welzijn: taken herverdelen voor nieuwe functies',
    summary:
      'Zorgorganisaties kampen met personeelstekorten. Door taken anders te verdelen ontstaan functies voor werkzoekenden met een arbeidsbeperking en krijgen zorgprofessionals meer tijd voor zorg.',
    body: `## Wat is jobcarving?

Bij jobcarving analyseer je de taken binnen bestaande functies. Taken die minder specialistisch zijn, worden losgemaakt en samengevoegd tot een nieuwe functie. Die functie past bij de mogelijkheden van een werkzoekende met een arbeidsbeperking. Tegelijk krijgen de bestaande medewerkers meer tijd voor hun kerntaken.

## Ervaringen in de zorg

In drie zorgorganisaties in de regio zijn functies ontstaan zoals:

- gastvrouw of gastheer op een afdeling (koffie rondbrengen, bewoners begeleiden naar activiteiten);
- medewerker facilitair (bedden opmaken, voorraad aanvullen, rolstoelen schoonmaken);
- assistent activiteitenbegeleiding.

## Stappen

1. Breng de taken van een team in kaart, samen met de medewerkers.
2. Bepaal welke taken los te maken zijn zonder dat de kwaliteit van zorg lijdt.
3. Stel een nieuwe functie samen en beschrijf de eisen.
4. Zoek een passende kandidaat, eventueel met loonkostensubsidie of jobcoaching.
5. Evalueer na enkele maanden met team en werknemer.

## Succesfactoren

- Draagvlak bij het team: medewerkers moeten de nieuwe collega als ondersteuning zien.
- Een vaste begeleider op de afdeling.
- Duidelijke afspraken over taken, zodat de nieuwe functie niet ongemerkt uitdijt.

## Conclusie

Jobcarving is geen liefdadigheid. Het levert organisaties een betere verdeling van het werk op en biedt werkzoekenden duurzaam werk.`,
    authors: ['R. Visser', 'G. Peters'],
    organisations: ['Zorggroep Het Anker', 'Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2021-02-11',
    themes: ['jobCarving', 'employerServices', 'careAndWork'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'zij-instromers-techniek-en-zorg',
    type: 'publication',
    title: 'Zij-instromers in techniek en zorg: motieven en belemmeringen',
    summary:
      'Waarom kiezen werkenden en werkzoekenden voor een overstap naar een tekortsector, en wat houdt hen tegen? Een verkenning onder zij-instromers in de regio.',
    body: `## Inleiding

Sectoren als zorg en techniek zoeken dringend medewerkers. Zij-instromers, mensen die vanuit een ander vak overstappen, kunnen een deel van de tekorten opvangen. Deze verkenning gaat over hun motieven en over de drempels die zij ervaren.

## Motieven

- Behoefte aan zinvol werk, vooral bij de overstap naar zorg en welzijn.
- Meer baanzekerheid in een sector met veel vraag.
- Een nieuwe start na een periode van werkloosheid of ziekte.

## Belemmeringen

- **Inkomen.** Tijdens een opleiding daalt het inkomen vaak. Voor gezinnen is dat een groot risico.
- **Tijd.** Leren, werken en zorgen combineren is zwaar.
- **Onzekerheid.** Zij-instromers twijfelen of zij het nieuwe vak aankunnen.
- **Erkenning.** Eerdere ervaring wordt niet altijd meegeteld.

## Wat helpt

- Een betaalde leerbaan via de beroepsbegeleidende leerweg (BBL).
- Een kennismakingsperiode of meeloopdag voordat iemand kiest.
- Erkenning van eerder verworven competenties, bijvoorbeeld via een praktijkverklaring.
- Een buddy of praktijkopleider in de eerste maanden.

## Arbeidsbeperking en overstap

Ook werknemers die door een arbeidsbeperking hun oude werk niet meer kunnen doen, zijn zij-instromers. Voor hen is een overstap soms de enige weg naar duurzaam werk. Werkvoorzieningen en jobcoaching kunnen die overstap ondersteunen.

## Aanbevelingen

1. Bied zij-instromers financiële zekerheid tijdens de leerperiode.
2. Maak leerroutes flexibel in tijd en tempo.
3. Volg zij-instromers ook na hun opleiding, om uitval te voorkomen.`,
    authors: ['T. Smit', 'Y. Demir'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2026-05-07',
    themes: ['learningRoutes', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['careerSwitcher', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'kennisagenda-inclusief-werk-2026-2028',
    type: 'publication',
    title: 'Kennisagenda Inclusief Werk Midden-Utrecht 2026–2028',
    summary:
      'De regionale kennisagenda beschrijft welke vragen partners de komende jaren samen willen beantwoorden, van baanbehoud tot eigen regie en van werkgeversdienstverlening tot effectmeting.',
    body: `## Waarom een kennisagenda

Partners in Midden-Utrecht willen beter weten wat werkt om werkzoekenden met een arbeidsbeperking of psychische kwetsbaarheid duurzaam aan het werk te helpen. Een gezamenlijke kennisagenda voorkomt dat iedere organisatie afzonderlijk het wiel uitvindt.

## Hoe de agenda tot stand kwam

In vier bijeenkomsten met professionals, werkgevers, deelnemers en beleidsmakers zijn vragen verzameld en geprioriteerd. Ervaringsdeskundigen hebben actief meegedacht.

## Thema's

1. **Baanbehoud.** Hoe houden werknemers hun baan na de eerste zes maanden, en welke nazorg helpt?
2. **Werkgeversdienstverlening.** Welke vorm van contact met werkgevers levert de meeste duurzame plaatsingen op?
3. **Integraal werken.** Hoe krijgen werk, zorg, schulden en jeugd een plek in één plan?
4. **Eigen regie.** Hoe sluiten trajecten beter aan bij de wensen van deelnemers?
5. **Effectmeting.** Hoe kunnen regio's met hun eigen registratiegegevens betrouwbaar effecten meten?

## Werkwijze

Voor elk thema vormt de regio een kleine werkgroep met praktijk en onderzoek. De werkgroepen delen tussentijdse resultaten in het leernetwerk. Publicaties komen in de kennisbank.

## Uitgangspunten

- Kennis moet bruikbaar zijn in de uitvoering.
- Onderzoek gebeurt met, niet over, deelnemers.
- Gegevens worden gepseudonimiseerd gebruikt en kleine aantallen worden niet gepubliceerd.

## Meer informatie

Wie wil meedoen aan een werkgroep, kan contact opnemen met de Kenniswerkplaats Inclusief Werk. Een overzicht van de werkgroepen staat op [de demo-pagina van de kennisagenda](https://www.example.org/kennisagenda-inclusief-werk).`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk', 'Regio Midden-Utrecht'],
    publishedOn: '2026-02-18',
    themes: ['regionalCooperation', 'measuringImpact', 'sustainablePlacement', 'selfDirection'],
    domains: ['workAndIncome', 'care', 'wmo', 'youth'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  // ---------------------------------------------------------------- instrumenten (12)
  {
    slug: 'loonkostensubsidie-participatiewet',
    type: 'instrument',
    title: 'Loonkostensubsidie (Participatiewet)',
    summary:
      'Met loonkostensubsidie compenseert de gemeente een werkgever voor het verschil tussen het minimumloon en de loonwaarde van een werknemer uit de gemeentelijke doelgroep.',
    body: `## Wat is het?

Loonkostensubsidie is een instrument uit de Participatiewet. De gemeente verstrekt de subsidie aan een werkgever die iemand in dienst neemt die met voltijds werken niet het wettelijk minimumloon kan verdienen. De werknemer krijgt gewoon loon van de werkgever, ten minste het minimumloon.

## Hoe hoog is de subsidie?

De subsidie is het verschil tussen het wettelijk minimumloon en de loonwaarde van de werknemer. Daarbovenop komt een vaste vergoeding voor werkgeverslasten. Controleer de actuele bedragen en percentages altijd in de geldende regelgeving.

## Loonwaarde

De loonwaarde wordt op de werkplek vastgesteld. Een loonwaardedeskundige vergelijkt het werk van de werknemer met een normfunctie en kijkt naar kwaliteit, tempo en inzetbaarheid. Sinds 2021 gebruiken gemeenten daarvoor één uniforme methode. De loonwaarde wordt periodiek opnieuw bepaald.

## Voor wie?

Loonkostensubsidie is bedoeld voor werknemers uit de gemeentelijke doelgroep van de Participatiewet. Zij hebben wel arbeidsvermogen: zij kunnen een taak uitvoeren in een organisatie en beschikken over basale werknemersvaardigheden.

## Wie vraagt aan?

De werkgever of de werkzoekende neemt contact op met de gemeente, vaak via het werkgeversservicepunt. De gemeente beoordeelt of iemand tot de doelgroep behoort en laat de loonwaarde vaststellen.

## Combinatie met andere instrumenten

Loonkostensubsidie wordt vaak gecombineerd met:

- een jobcoach voor begeleiding op de werkplek;
- de no-riskpolis als de werknemer in het doelgroepregister staat;
- een proefplaatsing vooraf, waarin de loonwaarde kan worden bepaald.

## In Meedoen

In het traject registreer je de loonvorm per baan. Zo kun je later zien hoeveel plaatsingen met en zonder loonkostensubsidie tot stand kwamen.`,
    authors: [],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2023-01-16',
    themes: ['instruments', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'no-riskpolis',
    type: 'instrument',
    title: 'No-riskpolis bij ziekte van een werknemer met een arbeidsbeperking',
    summary:
      'De no-riskpolis beschermt werkgevers tegen de kosten van loondoorbetaling bij ziekte van een werknemer met een arbeidsbeperking. UWV betaalt dan een Ziektewet-uitkering aan de werkgever.',
    body: `## Wat is het?

Als een werknemer ziek wordt, betaalt de werkgever normaal gesproken het loon door. Met de no-riskpolis hoeft dat niet volledig voor rekening van de werkgever te komen. Wordt een werknemer met een arbeidsbeperking ziek, dan krijgt de werkgever van UWV een Ziektewet-uitkering. Daarmee worden de kosten van loondoorbetaling gecompenseerd.

## Voor wie?

De no-riskpolis geldt voor iedereen die in het doelgroepregister staat. Ook voor een aantal andere groepen kan de regeling gelden, bijvoorbeeld werknemers met een (eerdere) WIA-, WAO- of Wajong-uitkering. Controleer per situatie bij UWV of de regeling van toepassing is.

## Voorwaarden in het kort

- De werknemer wordt ziek binnen de eerste vijf jaar van het dienstverband.
- De Ziektewet-uitkering loopt maximaal twee jaar.
- De werkgever meldt de ziekte bij UWV.

## Waarom is dit belangrijk?

Werkgevers noemen het risico op verzuim vaak als reden om terughoudend te zijn. De no-riskpolis neemt een groot deel van dat risico weg. In gesprekken met werkgevers helpt het om dit instrument vroeg en concreet uit te leggen.

## Tips voor werkgeversadviseurs

- Noem de no-riskpolis al in het eerste gesprek met een werkgever.
- Leg uit hoe de ziekmelding verloopt.
- Combineer met afspraken over begeleiding, zodat de werknemer bij klachten snel weer kan starten.

## In Meedoen

Bij een werkgever kun je vastleggen welke instrumenten zijn besproken en ingezet. Zo zie je in het werkgeversdossier wat al geregeld is.`,
    authors: [],
    organisations: ['Werkgeversservicepunt Midden-Utrecht', 'UWV Midden-Utrecht'],
    publishedOn: '2022-03-08',
    themes: ['instruments', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'jobcoachvoorziening',
    type: 'instrument',
    title: 'Jobcoachvoorziening: begeleiding op de werkplek',
    summary:
      'Een jobcoach begeleidt een werknemer met een arbeidsbeperking op de werkplek. Afhankelijk van de situatie wordt de jobcoach toegekend door UWV of door de gemeente.',
    body: `## Wat doet een jobcoach?

Een jobcoach helpt een werknemer met een arbeidsbeperking bij het inwerken en bij het goed uitvoeren van het werk. De jobcoach stelt samen met werknemer en werkgever een begeleidingsplan op. In het begin is de jobcoach vaak op de werkplek aanwezig. Later bouwt de begeleiding af, maar de jobcoach blijft beschikbaar als er problemen ontstaan.

## Wie kent de jobcoach toe?

- **UWV** kent jobcoaching toe aan werknemers bij wie UWV een structurele functionele beperking heeft vastgesteld, bijvoorbeeld Wajongers.
- **De gemeente** kent jobcoaching toe aan werknemers uit de Participatiewet en aan werknemers in het doelgroepregister die onder de gemeente vallen.

De voorwaarden en de duur verschillen per regeling en per gemeente.

## Wat levert het op?

Jobcoaching helpt werknemers om hun werk te behouden. Werkgevers weten dat zij niet alleen staan. Collega's krijgen uitleg over hoe zij hun nieuwe collega kunnen ondersteunen.

## Interne of externe jobcoach

Een werkgever kan een eigen medewerker laten opleiden tot interne jobcoach, of een externe jobcoach inzetten van een jobcoachorganisatie of werkbedrijf.

## Tips

- Vraag jobcoaching aan voordat de werknemer begint, zodat de begeleiding direct start.
- Leg in het begeleidingsplan ook vast wat de werkgever en collega's doen.
- Evalueer de begeleiding regelmatig met alle betrokkenen.

## In Meedoen

De jobcoach legt contacten en afspraken vast in het traject. Na plaatsing gaat het traject over naar de fase nazorg, zodat de begeleiding zichtbaar blijft.`,
    authors: [],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2021-05-04',
    themes: ['instruments', 'jobCoaching'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['jobCoaching'],
  },
  {
    slug: 'proefplaatsing',
    type: 'instrument',
    title: 'Proefplaatsing: eerst proberen met behoud van uitkering',
    summary:
      'Bij een proefplaatsing werkt een werkzoekende tijdelijk bij een werkgever met behoud van uitkering. De werkgever kan zien of het werk past, met het doel daarna een contract aan te bieden.',
    body: `## Wat is een proefplaatsing?

Een proefplaatsing is een periode waarin een werkzoekende bij een werkgever aan de slag gaat, terwijl hij of zij de uitkering houdt. De werkgever betaalt in die periode geen loon. Zo kunnen werkgever en werkzoekende ontdekken of het werk past.

## Voorwaarden bij UWV

Voor mensen met een UWV-uitkering regelt UWV de proefplaatsing, via het werkgeversservicepunt. De belangrijkste voorwaarden:

- De proefplaatsing duurt in principe twee maanden.
- De werkzoekende heeft niet eerder bij deze werkgever gewerkt.
- De werkgever heeft de intentie om daarna een contract aan te bieden van ten minste zes maanden.

## Proefplaatsing via de gemeente

Voor mensen met een bijstandsuitkering kan de gemeente een proefplaatsing inzetten. De voorwaarden en de maximale duur verschillen per gemeente. Sommige gemeenten staan een verlenging toe.

## Waarvoor gebruik je het?

- Om vertrouwen op te bouwen bij een werkgever die twijfelt.
- Om de loonwaarde op de werkplek te bepalen, als voorbereiding op loonkostensubsidie.
- Om via de praktijkroute vast te stellen of iemand in het doelgroepregister kan worden opgenomen.

## Aandachtspunten

- Maak vooraf afspraken over taken, begeleiding en de evaluatie aan het einde.
- Een proefplaatsing is geen gratis arbeidskracht: het doel is een echte baan.
- Zorg dat de werkzoekende weet wat er na de proefplaatsing gebeurt.

## In Meedoen

Je legt de proefplaatsing vast als baanepisode met de juiste loonvorm. Zo blijft zichtbaar wanneer een proefplaatsing overgaat in een contract.`,
    authors: [],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2020-09-14',
    themes: ['instruments', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['benefitRecipient', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'werkplekaanpassingen-en-werkvoorzieningen',
    type: 'instrument',
    title: 'Werkplekaanpassingen en andere werkvoorzieningen',
    summary:
      'Werkvoorzieningen maken werk mogelijk voor mensen met een arbeidsbeperking: van een aangepaste stoel tot vervoer of een tolk. UWV of de gemeente kent ze toe.',
    body: `## Soorten voorzieningen

Mensen met lichamelijke, zintuiglijke of psychische arbeidsbeperkingen kunnen verschillende werkvoorzieningen nodig hebben:

- **Werkplekaanpassing**: een aanpassing die bij de werkplek hoort en niet mee kan, zoals een traplift.
- **Vervoersvoorziening**: hulp bij het reizen naar het werk, als iemand niet zelfstandig met het openbaar vervoer of eigen vervoer kan reizen.
- **Meeneembare voorziening**: hulpmiddelen die de werknemer kan meenemen, zoals een aangepaste stoel of een brailleleesregel.
- **Intermediaire voorziening**: persoonlijke ondersteuning, zoals een tolk.

## Wie kent ze toe?

- **UWV** voor werknemers met een UWV-uitkering of een UWV-indicatie. Sinds 1 januari 2024 ook voor mensen met een visuele beperking die onder de Participatiewet vallen.
- **De gemeente** voor andere werknemers uit de Participatiewet.

UWV streeft ernaar om binnen acht weken te beslissen op een aanvraag.

## Wanneer aanvragen?

Vraag een voorziening aan zodra duidelijk is dat iemand hem nodig heeft, bij voorkeur voor de start van het werk. Een late aanvraag kan betekenen dat de werknemer de eerste weken zonder aanpassing moet werken.

## Tips

- Betrek een ergonoom of arbeidsdeskundige bij complexe aanpassingen.
- Denk ook aan eenvoudige oplossingen, zoals andere werktijden of een rustige werkplek. Daarvoor is vaak geen aanvraag nodig.
- Bespreek met de werknemer welke informatie de werkgever nodig heeft. Medische details horen daar niet bij.

## In Meedoen

Bij matching kan Meedoen een aanpassing voorstellen als een eis van de vacature niet past bij het capaciteitsprofiel van de kandidaat.`,
    authors: [],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2024-02-20',
    themes: ['instruments', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'doelgroepregister-en-praktijkroute',
    type: 'instrument',
    title: 'Doelgroepregister en de praktijkroute',
    summary:
      'Wie in het doelgroepregister staat, telt mee voor de banenafspraak en geeft werkgevers toegang tot instrumenten zoals de no-riskpolis. Via de praktijkroute stelt de gemeente dit op de werkplek vast.',
    body: `## Wat is het doelgroepregister?

UWV houdt het doelgroepregister bij. Werknemers in dit register tellen mee voor de banenafspraak: de afspraak tussen overheid en werkgevers om extra banen te creëren voor mensen met een arbeidsbeperking.

## Wie staat erin?

Onder meer:

- mensen uit de Participatiewet die niet zelfstandig het wettelijk minimumloon kunnen verdienen;
- leerlingen die het voortgezet speciaal onderwijs of praktijkonderwijs verlaten en zich bij UWV hebben laten registreren;
- mensen met een Wsw-indicatie;
- Wajongers met arbeidsvermogen;
- mensen die via de praktijkroute zijn opgenomen.

Zelf aanmelden kan niet. Een werkzoekende ziet zijn of haar eigen registratie op Mijn UWV. Een werkgever kan met het burgerservicenummer nagaan of een kandidaat in het register staat.

## De praktijkroute

Bij de praktijkroute stelt de gemeente op de werkplek vast of iemand het minimumloon kan verdienen. De werkgever of de gemeente neemt daartoe het initiatief. Bij voorkeur gebeurt dit tijdens een proefplaatsing. Kan iemand het minimumloon niet verdienen, dan volgt opname in het register.

## Waarom is het belangrijk?

- Werkgevers kunnen gebruikmaken van de no-riskpolis.
- De baan telt mee voor de banenafspraak.
- Het geeft werkgevers duidelijkheid over de ondersteuning die mogelijk is.

## Privacy

Opname in het register zegt iets over de arbeidsmogelijkheden van iemand. Ga er zorgvuldig mee om en bespreek met de werkzoekende wat met de werkgever wordt gedeeld.

## In Meedoen

In het deelnemersdossier kun je vastleggen of iemand in het doelgroepregister staat. Deze informatie is alleen zichtbaar voor professionals met toegang tot het dossier.`,
    authors: [],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2022-07-12',
    themes: ['instruments', 'privacy'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'praktijkVsoPupil'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'beschut-werk',
    type: 'instrument',
    title: 'Beschut werk: werken in een beschutte omgeving',
    summary:
      'Beschut werk is bedoeld voor mensen die alleen in een beschutte omgeving kunnen werken, met veel begeleiding of aanpassingen. De gemeente biedt het aan na een positief advies van UWV.',
    body: `## Wat is beschut werk?

Beschut werk is een dienstbetrekking in een beschutte omgeving, onder aangepaste omstandigheden. Het is bedoeld voor mensen met arbeidsvermogen die zoveel structurele begeleiding of aanpassingen nodig hebben, dat van een gewone werkgever niet verwacht kan worden dat hij hen in dienst neemt.

## Wettelijke basis

Beschut werk is geregeld in de Participatiewet en bestaat sinds 1 januari 2015. Sinds 1 januari 2017 zijn gemeenten verplicht om beschut werk aan te bieden aan mensen die daarvoor in aanmerking komen.

## Hoe verloopt de aanvraag?

1. De werkzoekende of de gemeente vraagt bij UWV een advies beschut werk aan. Dat gaat digitaal.
2. UWV beoordeelt of iemand aangewezen is op een beschutte werkplek en geeft binnen acht weken advies.
3. Bij een positief advies biedt de gemeente een beschutte werkplek aan, vaak bij een sw-bedrijf of werkbedrijf, soms bij een reguliere werkgever.

## Wat betekent het voor de werknemer?

De werknemer heeft een arbeidsovereenkomst en ontvangt loon. Hij of zij werkt met vaste begeleiding, een aangepast tempo en duidelijke structuur. Ontwikkeling blijft mogelijk: soms kan iemand later de stap maken naar een reguliere werkgever.

## Aandachtspunten

- Bespreek met de werkzoekende wat beschut werk inhoudt, ook de mogelijkheden om later door te groeien.
- Beschut werk telt in IPS-programma's niet als uitkomst, omdat IPS uitgaat van regulier betaald werk.
- Zorg voor een goede overdracht tussen gemeente, UWV en werkbedrijf.

## In Meedoen

Een baan in beschut werk leg je vast met de loonvorm beschut werk. Zo kunnen regionale cijfers beschut en regulier werk apart tonen.`,
    authors: [],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2019-11-25',
    themes: ['instruments', 'workExperience'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'praktijkverklaring-en-mbo-certificaat',
    type: 'instrument',
    title: 'Praktijkverklaring en mbo-certificaat',
    summary:
      'Niet iedereen haalt een volledig mbo-diploma. Met een praktijkverklaring of mbo-certificaat laten werkzoekenden zien wat zij in de praktijk hebben geleerd.',
    body: `## Praktijkverklaring

Een praktijkverklaring is onderdeel van praktijkleren in het mbo. Een deelnemer leert werkprocessen uit mbo-kwalificaties bij een erkend leerbedrijf. De mbo-instelling stelt samen met SBB en het leerbedrijf vast welke werkprocessen de deelnemer beheerst. Die komen op de praktijkverklaring.

De praktijkverklaring is bedoeld voor mensen die (nog) geen startkwalificatie kunnen halen. Denk aan werkzoekenden met een arbeidsbeperking, jongeren uit het praktijkonderwijs of statushouders.

## Mbo-certificaat

Een mbo-certificaat hoort bij een deel van een mbo-kwalificatie met waarde op de arbeidsmarkt. Het gaat om een afgerond takenpakket. De deelnemer volgt lessen en legt een examen af bij de mbo-instelling.

## Verschil met een diploma

Een diploma bewijst dat iemand een volledige kwalificatie heeft gehaald. Een praktijkverklaring en een mbo-certificaat zijn kleinere stappen. Ze kunnen wel de opstap zijn naar een volledig diploma, bijvoorbeeld via de beroepsbegeleidende leerweg (BBL).

## Waarom is dit nuttig?

- De werkzoekende heeft een bewijs van wat hij of zij kan.
- Werkgevers krijgen een beeld van de vaardigheden van een kandidaat.
- Het geeft zelfvertrouwen en motivatie om verder te leren.

## Tips

- Kies een leerbedrijf dat erkend is door SBB.
- Maak vooraf afspraken over welke werkprocessen worden geleerd.
- Leg de behaalde verklaring vast, zodat die bij een volgende stap zichtbaar is.

## In Meedoen

Bij een leerroute leg je per stap vast welk certificaat is behaald: praktijkverklaring, mbo-certificaat of diploma.`,
    authors: [],
    organisations: ['Werkbedrijf Midden-Utrecht', 'Mbo-college Vecht en Lek'],
    publishedOn: '2023-09-19',
    themes: ['instruments', 'learningRoutes'],
    domains: ['workAndIncome', 'youth'],
    targetGroups: ['praktijkVsoPupil', 'statusHolder', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'ips-modelgetrouwheidsschaal',
    type: 'instrument',
    title: 'IPS-modelgetrouwheidsschaal (IPS-25)',
    summary:
      'Met de IPS-modelgetrouwheidsschaal beoordelen reviewers in hoeverre een team werkt volgens het IPS-model. De schaal telt 25 items met elk een score van 1 tot 5.',
    body: `## Wat meet de schaal?

De IPS-modelgetrouwheidsschaal (fidelityschaal) beschrijft in hoeverre een team Individuele Plaatsing en Steun uitvoert zoals bedoeld. De schaal is de opvolger van een eerdere versie met 15 items.

## Opbouw

De schaal heeft 25 items, verdeeld over drie onderdelen: personeel, organisatie en dienstverlening. Elk item krijgt een score van 1 tot 5. De maximale totaalscore is 125 punten. Voorbeelden van items:

- **Caseloadgrootte**: de hoogste score hoort bij ten hoogste 20 deelnemers per IPS-specialist.
- **Tijd voor werkbegeleiding**: hoeveel van hun tijd besteden specialisten aan werk?
- **Generalisten**: doet één specialist alle fasen, van intake tot nazorg?
- **Openheid over de aandoening**: bespreekt de specialist met de deelnemer wat hij of zij aan een werkgever vertelt?
- **Nazorg**: is er individuele en onbeperkte ondersteuning na plaatsing?

## Scores

Een totaalscore van 100 punten of meer geldt als goede modelgetrouwheid. Scores van 74 tot en met 99 gelden als redelijke modelgetrouwheid. De hoogste band heet voorbeeldig.

## Hoe verloopt een review?

In Nederland voert Kenniscentrum Phrenos modelgetrouwheidsmetingen uit. Een eerste meting vindt plaats ongeveer twee maanden nadat een organisatie met IPS is gestart. Bij voldoende modelgetrouwheid volgt elke twee jaar een nieuwe meting. Een meting duurt een werkdag en wordt gedaan door een hoofdreviewer en een tweede reviewer.

## Gebruik als leerinstrument

De itemscores laten zien waar een team kan verbeteren. Bespreek het rapport in het team en maak een verbeterplan met concrete acties.

## Let op

De volledige scoringsankers staan in de officiële handleiding. Wij nemen die hier niet over. In Meedoen staan alleen de namen van de items en korte eigen omschrijvingen.`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2021-11-02',
    themes: ['ips', 'measuringImpact', 'instruments'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'capaciteitsprofiel-functionele-mogelijkhedenlijst',
    type: 'instrument',
    title: 'Capaciteitsprofiel naar de Functionele Mogelijkhedenlijst',
    summary:
      'Het capaciteitsprofiel in Meedoen volgt de opbouw van de Functionele Mogelijkhedenlijst (FML) van UWV, met zes rubrieken. Zo sluit matching aan bij de taal van verzekeringsartsen en arbeidsdeskundigen.',
    body: `## Wat is de FML?

De Functionele Mogelijkhedenlijst (FML) beschrijft wat iemand kan tijdens een volledige werkdag van ten minste acht uur. De verzekeringsarts van UWV stelt de FML op; in de praktijk doen bedrijfsartsen dat soms ook. De arbeidsdeskundige gebruikt de FML om passende functies te zoeken.

## Zes rubrieken

1. Persoonlijk functioneren, zoals concentreren, herinneren en handelingstempo.
2. Sociaal functioneren, zoals samenwerken en omgaan met conflicten.
3. Aanpassing aan fysieke omgevingseisen, zoals temperatuur en geluid.
4. Dynamische handelingen, zoals tillen, reiken en lopen.
5. Statische houdingen, zoals zitten en staan.
6. Werktijden, zoals uren per dag en per week.

## Hoe werkt de score?

Per item geldt 0 als norm: geen beperking. Alleen waar iemand afwijkt van de referentiewaarden, wordt een beperking vastgelegd. Elk item heeft een eigen schaal. Er is dus geen algemene schaal van 0 tot 5.

## Het capaciteitsprofiel in Meedoen

Meedoen gebruikt dezelfde zes rubrieken voor het capaciteitsprofiel van een deelnemer en voor de eisen van een vacature. Bij matching ziet de professional per item of de belasting in het werk past bij de mogelijkheden van de kandidaat. Waar dat niet zo is, stelt Meedoen een aanpassing of een andere taakverdeling voor.

## Privacy

De FML bevat geen medische gegevens, maar is wel afgeleid van gezondheidsinformatie. Behandel het profiel daarom als bijzonder persoonsgegeven. Werkgevers zien nooit het volledige profiel.

## Tips

- Vul het profiel samen met de deelnemer in en bespreek wat hij of zij zelf belangrijk vindt.
- Gebruik een bestaande FML als die er is, en noteer de datum.`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2024-10-08',
    themes: ['instruments', 'privacy', 'jobCarving'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'gesprekskaart-werkwensen',
    type: 'instrument',
    title: 'Gesprekskaart werkwensen',
    summary:
      'Een eenvoudige gesprekskaart waarmee werkzoekenden en hun begeleider samen in kaart brengen welk werk iemand wil, wat belangrijk is en wat niet.',
    body: `## Waarvoor is de kaart?

Met de gesprekskaart werkwensen praat je met een werkzoekende over het werk dat hij of zij graag wil doen. De kaart helpt om de wensen van de deelnemer voorop te zetten. Dat is een belangrijk uitgangspunt van IPS, maar het werkt ook bij andere trajecten.

## De vragen

De kaart heeft vijf vakken:

1. **Wat wil je doen?** Welk werk lijkt je leuk? Wat heb je eerder gedaan?
2. **Waar wil je werken?** Binnen of buiten, in een team of alleen, dichtbij huis of verder weg?
3. **Hoeveel wil je werken?** Hoeveel uur per week en op welke tijden?
4. **Wat heb je nodig?** Wat helpt je om goed te werken? Denk aan rust, uitleg of vaste tijden.
5. **Wat wil je liever niet?** Welk werk of welke situatie wil je vermijden?

## Hoe gebruik je de kaart?

- Gebruik de kaart in het eerste of tweede gesprek.
- Schrijf de antwoorden op in de woorden van de deelnemer.
- Kijk na een paar weken opnieuw: wensen kunnen veranderen.

## Tips

- Stel open vragen en vermijd meteen een oordeel over haalbaarheid.
- Vraag door op eerdere werkervaring: wat ging goed, wat niet?
- Laat de deelnemer de kaart meenemen naar huis.

## In Meedoen

De antwoorden komen in het onderdeel werkwensen van het traject. De deelnemer ziet deze wensen ook zelf en kan ze aanvullen. Bij matching wegen de wensen mee in de score.

## Downloaden

De kaart is als demo-bestand beschikbaar via [de voorbeeldpagina](https://www.example.org/gesprekskaart-werkwensen).`,
    authors: ['M. Bakker'],
    organisations: ['GGZ Midden-Utrecht'],
    publishedOn: '2020-06-29',
    themes: ['selfDirection', 'ips', 'instruments'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['psychologicalVulnerability', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'werkervaringsplaats-en-participatieplaats',
    type: 'instrument',
    title: 'Werkervaringsplaats en participatieplaats',
    summary:
      'Op een werkervaringsplaats (WEP) of participatieplaats doet een werkzoekende met behoud van uitkering werkervaring op. Beide zijn een opstap, geen eindstation.',
    body: `## Werkervaringsplaats

Een werkervaringsplaats (WEP) is een tijdelijke plek bij een werkgever of werkbedrijf. De werkzoekende doet werkervaring op en houdt zijn of haar uitkering. De gemeente zet de WEP in als re-integratievoorziening. Hoe lang een WEP duurt, staat in de lokale verordening of beleidsregels en verschilt dus per gemeente.

## Participatieplaats

Een participatieplaats is onbezoldigde arbeid met behoud van uitkering. De Participatiewet stelt een maximum van twee jaar. Een participatieplaats is bedoeld om werknemersvaardigheden op te doen en de kans op betaald werk te vergroten.

## Verschil met betaald werk

Op een WEP of participatieplaats krijgt de werkzoekende geen loon. Het doel is altijd doorstroom naar betaald werk. Werkzoekenden moeten niet langdurig werk doen dat eigenlijk een betaalde baan zou moeten zijn.

## Goede begeleiding

- Stel vooraf leerdoelen op, samen met de werkzoekende.
- Zorg voor een vaste begeleider op de werkplek.
- Evalueer regelmatig en plan de volgende stap op tijd.
- Leg opgedane vaardigheden vast, bijvoorbeeld in een praktijkverklaring.

## Aandachtspunten

- Wees duidelijk over de duur en over wat er na afloop gebeurt.
- Let op verdringing van betaald werk.
- Houd rekening met reiskosten en kinderopvang.

## In Meedoen

Een WEP of participatieplaats leg je vast als aanpak werkervaring in het traject. Zo kun je volgen hoeveel deelnemers daarna doorstromen naar betaald werk.`,
    authors: [],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2021-08-17',
    themes: ['instruments', 'workExperience'],
    domains: ['workAndIncome'],
    targetGroups: ['benefitRecipient', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['workExperience'],
  },
  // ---------------------------------------------------------------- handreikingen (15)
  {
    slug: 'handreiking-ips-starten-in-de-gemeente',
    type: 'guide',
    title: 'Handreiking: IPS starten voor de gemeentelijke doelgroep',
    summary:
      'Een stappenplan voor gemeenten en GGZ-instellingen die IPS willen aanbieden aan inwoners met een psychische kwetsbaarheid en een bijstandsuitkering.',
    body: `## Voor wie is deze handreiking?

Deze handreiking is bedoeld voor beleidsmedewerkers werk en inkomen, klantmanagers en teamleiders van GGZ-instellingen die IPS willen inzetten voor inwoners die onder de gemeente vallen.

## Financiering

Sinds 1 maart 2023 is er een landelijke subsidieregeling voor IPS-trajecten voor de gemeentelijke doelgroep. In het kort:

- De GGZ-instelling vraagt het traject aan bij de gemeente waar de deelnemer woont.
- De gemeente vraagt het budget aan bij UWV.
- UWV betaalt het bedrag uit aan de GGZ-instelling.
- De kosten worden gedeeld: de helft komt van het Rijk, de helft uit het gemeentefonds.
- Een traject duurt twee of drie jaar.

Bij de regeling horen vaste formulieren, zoals de aanvraag, een stopbericht en een beëindigingsverslag. Controleer altijd de actuele voorwaarden.

## Stappenplan

1. **Verken de behoefte.** Hoeveel inwoners met een psychische kwetsbaarheid en een uitkering willen werken?
2. **Maak afspraken met de GGZ.** Wie levert de IPS-specialisten, en hoe zijn zij verbonden aan het behandelteam?
3. **Informeer klantmanagers.** Zij moeten weten wat IPS is en hoe zij kunnen verwijzen.
4. **Regel de administratie.** Wie verwerkt aanvragen en stopberichten?
5. **Plan een fidelityreview.** Spreek af wanneer de eerste meting van de modelgetrouwheid plaatsvindt.
6. **Volg de resultaten.** Bespreek elk kwartaal hoeveel deelnemers aan het werk zijn.

## Valkuilen

- IPS inzetten zonder koppeling aan de behandeling.
- Eisen stellen aan werkfitheid vooraf. Bij IPS kan iedereen meedoen die wil werken.
- De uitkering direct stopzetten zonder persoonlijk advies over inkomen.

## Meer weten

Zie ook de factsheet over IPS voor werkzoekenden en de handreiking over het voorbereiden van een fidelityreview in deze kennisbank.`,
    authors: ['F. Yilmaz'],
    organisations: ['Werkbedrijf Midden-Utrecht', 'GGZ Midden-Utrecht'],
    publishedOn: '2023-05-15',
    themes: ['ips', 'mentalHealth', 'regionalCooperation'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['psychologicalVulnerability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'handreiking-systematische-jobdevelopment',
    type: 'guide',
    title: 'Handreiking systematische jobdevelopment',
    summary:
      'Hoe bouw je als IPS-specialist of jobcoach een netwerk van werkgevers op? Deze handreiking geeft een werkwijze voor planmatige werkgeverscontacten op basis van de wensen van werkzoekenden.',
    body: `## Wat is jobdevelopment?

Jobdevelopment is het planmatig benaderen van werkgevers om banen te vinden of te creëren. Bij IPS gebeurt dat op basis van de wensen van de werkzoekende: de specialist zoekt werkgevers in de sector en de plaats waar de deelnemer wil werken.

## Uitgangspunten

- **Wensen eerst.** Begin bij wat de deelnemer wil, niet bij de vacatures die toevallig openstaan.
- **Persoonlijk contact.** Een bezoek werkt beter dan een e-mail.
- **Regelmaat.** De regio hanteert als richtlijn zes werkgeverscontacten per week per specialist.
- **Relatie opbouwen.** Een eerste gesprek gaat over het bedrijf, niet direct over een kandidaat.

## Werkwijze

1. Maak per deelnemer een lijst van tien werkgevers die passen bij zijn of haar wensen.
2. Bereid elk bezoek voor: wat doet het bedrijf, welke taken zijn er?
3. Vraag in het eerste gesprek naar het werk en de knelpunten van de werkgever.
4. Kom terug met een concreet voorstel: een kandidaat, een proefperiode of een andere taakverdeling.
5. Leg elk contact vast, met de afspraken en de volgende stap.

## Gespreksvragen

- Welke taken blijven nu liggen?
- Waar heeft uw team extra handen nodig?
- Hoe werkt u nieuwe medewerkers in?
- Heeft u eerder gewerkt met werknemers met een arbeidsbeperking?

## Samenwerking met werkgeversadviseurs

Stem af met het werkgeversservicepunt, zodat werkgevers niet door meerdere organisaties tegelijk worden benaderd.

## In Meedoen

Het contactlogboek bij een werkgever laat per week zien hoeveel contacten een specialist had. Zo zie je snel of de richtlijn wordt gehaald.`,
    authors: ['Y. Demir'],
    organisations: ['GGZ De Linde'],
    publishedOn: '2022-02-01',
    themes: ['employerServices', 'ips', 'jobCoaching'],
    domains: ['workAndIncome'],
    targetGroups: ['psychologicalVulnerability', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips', 'jobCoaching'],
  },
  {
    slug: 'handreiking-jobcarving-stappenplan',
    type: 'guide',
    title: 'Handreiking jobcarving: van takenanalyse naar passende functie',
    summary:
      'Een praktisch stappenplan voor werkgeversadviseurs en werkgevers: analyseer de taken in een team, maak taken los en stel een functie samen die past bij een werkzoekende.',
    body: `## Wanneer jobcarving?

Jobcarving is zinvol als een werkgever personeel zoekt, maar de vacatures te breed zijn voor werkzoekenden met arbeidsbeperkingen. Door taken anders te verdelen ontstaat een functie die wel past.

## Stap 1: kennismaken

Bespreek met de werkgever de doelen. Gaat het om personeelstekort, om werkdruk of om maatschappelijk ondernemen? Vraag wie er in het team meedenkt.

## Stap 2: takenanalyse

Loop een dag mee en breng alle taken in kaart. Noteer per taak:

- hoe vaak de taak voorkomt;
- hoeveel tijd de taak kost;
- welke kennis en vaardigheden nodig zijn;
- welke fysieke en mentale belasting de taak vraagt.

## Stap 3: taken selecteren

Kies taken die eenvoudiger zijn, veel tijd kosten en de specialisten afleiden van hun kernwerk. Denk aan voorraadbeheer, schoonmaken, archiveren of eenvoudige klantcontacten.

## Stap 4: functie samenstellen

Bundel de taken tot een functie van een haalbaar aantal uren. Beschrijf de taken, de werktijden en de begeleiding. Koppel de eisen aan het capaciteitsprofiel, zodat matching mogelijk wordt.

## Stap 5: kandidaat zoeken en starten

Zoek een kandidaat die de functie wil en kan doen. Regel waar nodig loonkostensubsidie, een jobcoach of een werkplekaanpassing.

## Stap 6: evalueren

Evalueer na drie maanden met werknemer, leidinggevende en team. Past de functie nog? Zijn er taken bij gekomen of weggevallen?

## Valkuilen

- Een functie die alleen bestaat uit de minst prettige taken.
- Geen draagvlak in het team.
- Taken die ongemerkt worden uitgebreid.

## In Meedoen

Bij een vacature kun je taken vastleggen en een nieuwe, gesneden functie samenstellen uit taken die passen.`,
    authors: ['R. Visser'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2020-10-06',
    themes: ['jobCarving', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'handreiking-een-gezamenlijk-plan-over-domeinen',
    type: 'guide',
    title: 'Handreiking: één gezamenlijk plan over domeinen heen',
    summary:
      "Wanneer werk, inkomen, zorg, jeugd en Wmo samenkomen bij één inwoner, helpt één gezamenlijk plan. Deze handreiking beschrijft hoe je zo'n plan opstelt, met toestemming van de inwoner.",
    body: `## Waarom één plan?

Inwoners met vragen op meerdere leefgebieden hebben vaak met veel professionals te maken. Ieder heeft een eigen plan, eigen doelen en eigen afspraken. Dat is verwarrend en soms tegenstrijdig. Eén gezamenlijk plan geeft overzicht en rust.

## Uitgangspunten

- De inwoner is eigenaar van het plan.
- Het plan is geschreven in eenvoudige taal.
- Iedere betrokken professional weet welke afspraken er zijn.
- Gegevens worden alleen gedeeld met toestemming van de inwoner, per organisatie en per soort gegevens.

## Stappen

1. **Vraag toestemming.** Leg uit welke organisaties meedoen en welke informatie zij zien.
2. **Breng leefgebieden in kaart.** Werk, inkomen, schulden, gezondheid, wonen, gezin en jeugd.
3. **Kies een regisseur.** Eén professional houdt het overzicht en is aanspreekpunt voor de inwoner.
4. **Stel doelen samen op.** Maak doelen concreet en haalbaar.
5. **Verdeel acties.** Wie doet wat, en wanneer?
6. **Evalueer regelmatig.** Bijvoorbeeld elke drie maanden, met de inwoner erbij.

## Voorbeeld van een doel

"Ik werk over zes maanden twaalf uur per week in een winkel. Mijn jobcoach helpt me met solliciteren. De schuldhulpverlener zorgt dat mijn vaste lasten op tijd betaald worden."

## Aandachtspunten

- Niet elk probleem hoeft tegelijk te worden opgelost. Kies samen wat eerst komt.
- Werk kan juist helpen bij andere problemen, zoals eenzaamheid of geldzorgen.
- Zorg dat jeugdhulp en werk bij gezinnen op elkaar aansluiten.

## In Meedoen

Meedoen ondersteunt een gezamenlijk plan met doelen en acties per domein. De deelnemer ziet het plan zelf en kan per organisatie toestemming geven of intrekken.`,
    authors: ['E. de Graaf'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2022-11-29',
    themes: ['integratedPlan', 'careAndWork', 'selfDirection'],
    domains: ['workAndIncome', 'care', 'wmo', 'youth'],
    targetGroups: ['workDisability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'handreiking-toestemming-en-gegevensdeling',
    type: 'guide',
    title: 'Handreiking toestemming en gegevensdeling met deelnemers',
    summary:
      'Hoe vraag je toestemming om gegevens te delen, en hoe leg je dat vast? Deze handreiking helpt professionals om zorgvuldig om te gaan met bijzondere persoonsgegevens van deelnemers.',
    body: `## Waarom deze handreiking?

In trajecten naar werk gaat het vaak over gezondheid, schulden en persoonlijke omstandigheden. Gezondheidsgegevens zijn bijzondere persoonsgegevens. Professionals moeten daar extra zorgvuldig mee omgaan.

## Uitgangspunten

- **Minder is beter.** Leg alleen vast wat je nodig hebt voor het traject.
- **Doel vooraf.** Weet waarvoor je gegevens gebruikt en deel ze niet voor andere doelen.
- **Toestemming is specifiek.** Toestemming geldt voor een bepaalde organisatie, een bepaald soort gegevens en een bepaald doel.
- **Intrekken kan altijd.** Als een deelnemer toestemming intrekt, stopt de toegang direct.

## Zo vraag je toestemming

1. Leg in gewone taal uit welke organisatie welke gegevens wil inzien, en waarom.
2. Vertel wat er gebeurt als de deelnemer geen toestemming geeft.
3. Geef de deelnemer tijd om na te denken.
4. Leg de toestemming vast, met datum, organisatie, soort gegevens en doel.
5. Laat zien waar de deelnemer zijn of haar toestemmingen kan bekijken en wijzigen.

## Wat deel je met werkgevers?

Werkgevers krijgen nooit medische gegevens of diagnoses. Wel kun je, als de deelnemer dat wil, bespreken wat iemand nodig heeft om goed te werken. Bij anonieme profielen ziet een werkgever pas wie de kandidaat is nadat de deelnemer instemt met een kennismaking.

## Inzage en logging

Elke inzage en wijziging van gegevens wordt vastgelegd. De deelnemer kan zien wie zijn of haar gegevens heeft bekeken. Dat versterkt het vertrouwen.

## Veelgestelde vragen

- **Mag ik gegevens delen in een casusoverleg?** Alleen als daarvoor een grondslag is, bijvoorbeeld toestemming.
- **Hoe lang bewaren we gegevens?** Niet langer dan nodig. Volg de bewaartermijnen van je organisatie.`,
    authors: ['B. Meijer'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2024-04-10',
    themes: ['privacy', 'selfDirection'],
    domains: ['workAndIncome', 'care', 'wmo'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'handreiking-persoonlijk-advies-uitkering-en-werk',
    type: 'guide',
    title: 'Handreiking persoonlijk advies over uitkering en werk',
    summary:
      'Werkzoekenden zijn vaak bang dat werken financieel nadelig uitpakt. Met persoonlijk advies over uitkering, toeslagen en loon neem je die onzekerheid weg.',
    body: `## Waarom persoonlijk advies?

Veel werkzoekenden met een uitkering twijfelen of werken loont. Zij zijn bang hun uitkering of toeslagen kwijt te raken, of later terug te moeten betalen. Die angst kan een grote drempel zijn. Persoonlijk advies over inkomen is daarom een van de principes van IPS, en helpt ook in andere trajecten.

## Wat hoort bij goed advies?

- Een overzicht van het huidige inkomen: uitkering, toeslagen en andere inkomsten.
- Een berekening van het inkomen bij verschillende aantallen uren werk.
- Uitleg over verrekening van loon met de uitkering.
- Uitleg over de gevolgen voor toeslagen.
- Wat er gebeurt als het werk stopt: kan de uitkering weer starten?

## Wanneer?

Geef het advies vroeg in het traject, voordat iemand een baan aanneemt. Herhaal het bij elke verandering, zoals meer uren of een nieuw contract.

## Wie geeft het advies?

In sommige organisaties doet de trajectbegeleider dit zelf. Bij complexe situaties helpt een inkomensconsulent of een specialist van de gemeente of UWV. Maak in de regio afspraken over wie waarvoor aanspreekbaar is.

## Tips

- Gebruik concrete bedragen en rekenvoorbeelden.
- Schrijf de uitkomst op in eenvoudige taal, zodat de deelnemer het thuis kan nalezen.
- Betrek ook de partner als het om een gezamenlijk huishouden gaat.
- Let op schulden en beslag: die beïnvloeden wat iemand overhoudt.

## In Meedoen

In het traject leg je de uitkeringssituatie van de deelnemer vast. Zo weet de begeleider welke regels gelden en wanneer een nieuw advies nodig is.`,
    authors: ['N. Boukhari'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2021-03-23',
    themes: ['ips', 'debts', 'instruments'],
    domains: ['workAndIncome'],
    targetGroups: ['benefitRecipient', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'handreiking-schulden-bespreekbaar-maken',
    type: 'guide',
    title: 'Handreiking: schulden bespreekbaar maken in een re-integratietraject',
    summary:
      'Schulden worden vaak pas laat genoemd. Deze handreiking helpt trajectbegeleiders en jobcoaches om geldzorgen vroeg te signaleren en samen met schuldhulp aan te pakken.',
    body: `## Waarom bespreken?

Schulden en geldzorgen hebben grote invloed op het welzijn en op de kans om werk te vinden en te houden. Toch praten werkzoekenden er niet snel over. Schaamte speelt vaak een rol. Als begeleider kun je het gesprek makkelijker maken.

## Signalen

- De deelnemer mist afspraken of is vaak moe en gespannen.
- Er komen veel brieven of telefoontjes van schuldeisers.
- De deelnemer twijfelt om werk aan te nemen, zonder duidelijke reden.
- Er is sprake van loonbeslag bij een eerdere werkgever.

## Het gesprek

1. Maak geldzorgen een vast onderwerp bij de intake, voor iedereen.
2. Stel open vragen, bijvoorbeeld: "Lukt het om rond te komen?"
3. Oordeel niet. Laat merken dat schulden veel voorkomen.
4. Vertel welke hulp er is en wat de volgende stap kan zijn.
5. Vraag toestemming om contact op te nemen met schuldhulpverlening.

## Samenwerken met schuldhulp

- Maak één plan waarin werk en schulden samen een plek hebben.
- Spreek af wie de deelnemer waarover informeert.
- Zorg dat de schuldhulpverlener weet wanneer er een baan in zicht is.

## Bij de start van werk

De overgang van uitkering naar loon geeft vaak een gat in het inkomen. Bespreek vooraf wanneer het eerste loon komt en hoe vaste lasten in de tussentijd worden betaald. Informeer de werkgever, met toestemming van de deelnemer, over een eventueel loonbeslag.

## Tips

- Gebruik eenvoudige hulpmiddelen, zoals een overzicht van inkomsten en uitgaven.
- Verwijs actief en ga zo nodig mee naar het eerste gesprek.
- Kom bij elk evaluatiemoment terug op het onderwerp.`,
    authors: ['N. Boukhari', 'S. Jansen'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2022-06-07',
    themes: ['debts', 'integratedPlan', 'jobCoaching'],
    domains: ['workAndIncome', 'wmo'],
    targetGroups: ['benefitRecipient', 'workDisability', 'nugger'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'handreiking-indicatoren-en-monitoring',
    type: 'guide',
    title: "Handreiking indicatoren en monitoring voor regionale programma's",
    summary:
      'Welke indicatoren gebruik je om een regionaal programma te volgen, en hoe presenteer je ze verantwoord? Over bereik, plaatsingen, baanbehoud, definities en het onderdrukken van kleine aantallen.',
    body: `## Waarom indicatoren?

Programma's hebben doelen, bijvoorbeeld een aantal mensen dat per jaar duurzaam aan het werk gaat. Met indicatoren volg je of het programma op koers ligt. Goede indicatoren komen rechtstreeks uit de registratie van trajecten, zodat niemand apart hoeft te turven.

## Basisset

- **Bereik**: aantal deelnemers dat in een periode met een traject start.
- **Baanstarts**: aantal deelnemers dat een eerste baan begint, en het totaal aantal banen.
- **Duurzame plaatsingen**: aantal deelnemers dat na zes en na twaalf maanden nog werkt, volgens de afgesproken definitie.
- **Uren**: gemiddeld aantal uren per week in de baan.
- **IPS-werkpercentage per kwartaal**: het aandeel deelnemers in de caseload dat in het kwartaal regulier betaald werk had.
- **Instroom en uitstroom**: hoeveel trajecten starten en stoppen, en waarom.

## Definities zichtbaar maken

Toon bij elke indicator de definitie: welke periode, welke minimale duur, welke contractvormen. Zo voorkom je misverstanden bij vergelijkingen tussen regio's.

## Kleine aantallen

Cijfers over kleine groepen kunnen herleidbaar zijn tot personen. Toon daarom geen aantallen onder een vaste drempel buiten het eigen team. Meedoen onderdrukt kleine cellen automatisch in dashboards en exports.

## Presentatie

- Gebruik grafieken per kwartaal, zodat trends zichtbaar worden.
- Laat baanbehoud zien met een overlevingscurve.
- Bespreek cijfers in het team: wat verklaart een daling of stijging?

## Valkuilen

- Alleen tellen wat makkelijk te tellen is.
- Doelen stellen zonder nulmeting.
- Verschillende definities door elkaar gebruiken.`,
    authors: ['L. Mulder'],
    organisations: ['Kenniscentrum Werk en Inclusie'],
    publishedOn: '2025-03-04',
    themes: ['measuringImpact', 'sustainablePlacement', 'privacy'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'handreiking-caseload-uit-spreadsheets-overzetten',
    type: 'guide',
    title: 'Handreiking: caseloadgegevens uit spreadsheets overzetten',
    summary:
      'Veel teams houden hun caseload bij in een spreadsheet. Deze handreiking laat zien hoe je die gegevens zorgvuldig overzet naar Meedoen, met een validatierapport per rij.',
    body: `## Voor wie?

Voor teamleiders en applicatiebeheerders die de caseload van IPS-specialisten, jobcoaches of klantmanagers willen overzetten naar Meedoen.

## Voorbereiding

1. **Ruim op.** Verwijder rijen van afgesloten trajecten die je niet wilt overzetten.
2. **Minimaliseer.** Neem alleen kolommen mee die je echt nodig hebt. Notities met gevoelige informatie horen niet in een importbestand.
3. **Controleer de kolommen.** Gebruik de kolomnamen uit het sjabloon, zoals \`Aanmelddatum\`, \`Fase\` en \`Aanpak\`.
4. **Datums.** Schrijf datums als jaar-maand-dag, bijvoorbeeld \`2025-03-01\`.

## Het importeren

Je kunt een CSV- of XLSX-bestand uploaden. Meedoen controleert elke rij. Een import slaagt helemaal of er wordt niets opgeslagen. Bij fouten krijg je een rapport waarin per rij staat welk veld niet klopt en waarom.

## Veelvoorkomende fouten

- Een onbekende fase, bijvoorbeeld een tikfout in de naam.
- Een einddatum die voor de startdatum ligt.
- Een lege verplichte kolom.
- Een aanpak die niet in de lijst staat. Toegestane codes zijn bijvoorbeeld \`ips\`, \`jobCoaching\` en \`workExperience\`.

## Na de import

- Controleer steekproefsgewijs een paar dossiers.
- Wijs trajecten toe aan de juiste professional, zodat de caseload klopt.
- Verwijder het bronbestand veilig van gedeelde schijven.

## Privacy

Een importbestand bevat persoonsgegevens. Deel het niet via e-mail en bewaar het niet langer dan nodig. Elke import wordt in het auditlogboek vastgelegd.

## Hulp nodig?

Neem contact op met de functioneel beheerder van je organisatie.`,
    authors: ['I. Bos'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2025-09-16',
    themes: ['privacy', 'measuringImpact'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'handreiking-plannen-schrijven-in-b1',
    type: 'guide',
    title: 'Handreiking: plannen schrijven in eenvoudige taal (B1)',
    summary:
      'Deelnemers moeten hun eigen plan kunnen lezen en begrijpen. Deze handreiking geeft tips en voorbeelden om doelen en afspraken op B1-niveau te schrijven.',
    body: `## Waarom B1?

Veel mensen in Nederland lezen het liefst teksten op B1-niveau. Dat is eenvoudige, duidelijke taal. Een plan dat de deelnemer zelf begrijpt, geeft meer regie en meer motivatie.

## Tips

- **Korte zinnen.** Gebruik zinnen van hoogstens vijftien woorden.
- **Gewone woorden.** Schrijf "werk zoeken" in plaats van "arbeidsmarkttoeleiding".
- **Spreek de lezer aan.** Schrijf "jij" of "u", afhankelijk van wat de deelnemer prettig vindt.
- **Actief schrijven.** "Je jobcoach belt de werkgever" in plaats van "de werkgever wordt gebeld".
- **Eén onderwerp per alinea.**
- **Uitleg bij moeilijke woorden.** Moet je een vakterm gebruiken, zoals loonkostensubsidie? Leg hem dan kort uit.

## Voorbeelden

Moeilijk: "Betrokkene zal in het kader van het re-integratietraject een werkervaringsplaats aanvaarden ter bevordering van werknemersvaardigheden."

Eenvoudig: "Je gaat drie maanden werken op een leerwerkplek. Daar leer je hoe het is om in een team te werken."

Moeilijk: "Er wordt bezien of inzet van jobcoaching geïndiceerd is."

Eenvoudig: "We kijken samen of een jobcoach je kan helpen op je werk."

## Doelen formuleren

Een goed doel is concreet en haalbaar. Schrijf op wat de deelnemer wil bereiken, wanneer en wie helpt.

## Controleren

- Lees het plan samen met de deelnemer.
- Vraag of alles duidelijk is en pas aan waar nodig.
- Gebruik eventueel een taaltool die moeilijke woorden aanwijst.

## In Meedoen

Plannen in Meedoen zijn zichtbaar voor de deelnemer. Schrijf dus altijd alsof de deelnemer meeleest, want dat doet hij of zij ook.`,
    authors: ['C. Dekker'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2023-10-24',
    themes: ['selfDirection', 'integratedPlan'],
    domains: ['workAndIncome', 'care', 'wmo'],
    targetGroups: ['workDisability', 'statusHolder'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'handreiking-voortraject-naar-bbl',
    type: 'guide',
    title: 'Handreiking: een voortraject naar BBL inrichten',
    summary:
      'Een voortraject bereidt werkzoekenden voor op een beroepsbegeleidende leerweg (BBL). Deze handreiking beschrijft hoe werkbedrijf, zorgorganisatie en mbo-instelling het samen organiseren.',
    body: `## Wat is een voortraject?

Een voortraject is een voorbereidende periode voordat iemand start met een BBL-opleiding. In de BBL werkt de student bij een erkend leerbedrijf en gaat hij of zij daarnaast naar school. Voor werkzoekenden die lang niet hebben gewerkt of geleerd, is die stap soms te groot. Het voortraject maakt de overstap kleiner.

## Inhoud

- Kennismaken met het werk, bijvoorbeeld door meelopen op een afdeling.
- Basisvaardigheden: taal, rekenen en digitale vaardigheden.
- Werknemersvaardigheden: op tijd komen, samenwerken, feedback ontvangen.
- Oriëntatie op de opleiding en het beroep.

## Samenwerking

1. **Werkbedrijf of gemeente**: werft deelnemers en begeleidt hen tijdens het voortraject.
2. **Zorgorganisatie**: biedt meeloopplekken en later een BBL-plek met arbeidsovereenkomst.
3. **Mbo-instelling**: verzorgt lessen en zorgt voor een goede aansluiting op de opleiding.

## Stappen

1. Maak afspraken over het aantal plekken en de planning.
2. Stel selectiecriteria op die niet te streng zijn: motivatie is belangrijker dan cv.
3. Start met een groep, zodat deelnemers elkaar steunen.
4. Plan halverwege en aan het eind een gesprek over de volgende stap.
5. Regel voor de start van de BBL de arbeidsovereenkomst en de praktijkopleider.

## Aandachtspunten

- Het inkomen tijdens het voortraject moet geregeld zijn.
- Niet iedereen stroomt door naar BBL. Een praktijkverklaring of mbo-certificaat kan ook een goede uitkomst zijn.
- Blijf begeleiden in de eerste maanden van de BBL, want dan is de kans op uitval het grootst.

## In Meedoen

Het voortraject is een leerroute met stappen. Per deelnemer zie je in welke stap hij of zij zit en welk certificaat is behaald.`,
    authors: ['G. Peters'],
    organisations: ['Werkbedrijf Midden-Utrecht', 'Zorggroep Het Anker', 'Mbo-college Vecht en Lek'],
    publishedOn: '2022-09-13',
    themes: ['learningRoutes', 'careAndWork'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['benefitRecipient', 'nugger', 'careerSwitcher', 'statusHolder'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'handreiking-werkgevers-statushouders-inwerken',
    type: 'guide',
    title: 'Handreiking voor werkgevers: statushouders inwerken',
    summary:
      'Praktische tips voor werkgevers die een statushouder in dienst nemen: van taal op de werkvloer tot verwachtingen, werkcultuur en samenwerking met de gemeente.',
    body: `## Voor wie?

Deze handreiking is voor werkgevers en leidinggevenden die een statushouder in dienst nemen of een werkervaringsplaats aanbieden.

## Voor de start

- Bespreek met de gemeente of het werkbedrijf welke ondersteuning er is, zoals een taalcoach of jobcoach.
- Wijs een vaste collega aan als buddy.
- Maak een eenvoudige lijst van belangrijke woorden en afspraken op de werkvloer.

## De eerste weken

- **Uitleg met beeld.** Laat zien hoe iets moet, in plaats van het alleen te vertellen.
- **Controleer begrip.** Vraag de nieuwe medewerker om in eigen woorden te herhalen wat de opdracht is.
- **Werkcultuur.** Leg ongeschreven regels uit: hoe meld je je ziek, hoe ga je om met pauzes, wat verwacht je van overleg?
- **Veiligheid.** Zorg dat veiligheidsinstructies echt begrepen worden.

## Taal op de werkvloer

Een statushouder leert de taal sneller door haar te gebruiken. Moedig collega's aan om Nederlands te praten, langzaam en duidelijk. Een taalcoach kan lessen afstemmen op het werk.

## Combinatie met inburgering

Veel statushouders volgen naast het werk inburgeringslessen. Houd daar rekening mee bij het rooster. Bespreek de planning met de gemeente.

## Ontwikkeling

Veel statushouders hebben opleiding of werkervaring uit hun land van herkomst. Vraag ernaar. Misschien kan iemand op termijn meer verantwoordelijkheid aan. Een praktijkverklaring of mbo-certificaat kan helpen om kennis zichtbaar te maken.

## Wat als het lastig wordt?

Neem contact op met de jobcoach of de contactpersoon van de gemeente. Problemen zijn vaak op te lossen als ze vroeg op tafel komen.`,
    authors: ['A. El Idrissi'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2023-03-28',
    themes: ['statusHolders', 'employerServices', 'workExperience'],
    domains: ['workAndIncome'],
    targetGroups: ['statusHolder'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['workExperience'],
  },
  {
    slug: 'handreiking-brugbanen-pro-vso',
    type: 'guide',
    title: 'Handreiking: brugbanen voor pro- en vso-leerlingen',
    summary:
      'Een brugbaan is een betaalde baan voor een leerling van het praktijkonderwijs of voortgezet speciaal onderwijs, al tijdens of direct na school. Zo organiseer je het met school, werkgever en gemeente.',
    body: `## Wat is een brugbaan?

Een brugbaan slaat een brug tussen school en werk. Een leerling van het praktijkonderwijs (pro) of het voortgezet speciaal onderwijs (vso) krijgt een betaalde baan bij een werkgever, vaak bij het bedrijf waar hij of zij stage heeft gelopen. De jongere gaat dus niet eerst thuiszitten of op zoek, maar stapt direct over naar werk.

## Betrokken partijen

- **School**: kent de leerling, begeleidt de stage en zorgt voor een warme overdracht.
- **Werkgever**: biedt de baan en een vaste begeleider op de werkvloer.
- **Gemeente**: regelt instrumenten zoals loonkostensubsidie of een jobcoach.
- **Ouders of verzorgers**: denken mee en steunen de jongere.

## Stappenplan

1. Bespreek in het voorlaatste schooljaar met de leerling welk werk hij of zij wil.
2. Kies een stageplek met kans op een baan.
3. Stel samen met de werkgever vast welke taken de jongere kan doen.
4. Vraag tijdig instrumenten aan, zodat de baan direct na school kan starten.
5. Regel een jobcoach of vaste begeleider voor het eerste jaar.
6. Houd contact met school in de eerste maanden na de overstap.

## Aandachtspunten

- Jongeren in het doelgroepregister tellen mee voor de banenafspraak. Bespreek dit met de werkgever.
- Let op de overgang van jeugdhulp naar volwassenenzorg rond het achttiende jaar.
- Leg afspraken vast in één plan dat de jongere zelf kan lezen.

## Wat levert het op?

De jongere heeft een baan, een inkomen en een plek in de maatschappij. De werkgever krijgt een gemotiveerde medewerker die het bedrijf al kent.`,
    authors: ['K. Hoekstra'],
    organisations: ['Praktijkschool De Brug', 'Werkbedrijf Midden-Utrecht'],
    publishedOn: '2024-01-30',
    themes: ['youngPeople', 'learningRoutes', 'employerServices'],
    domains: ['youth', 'workAndIncome'],
    targetGroups: ['praktijkVsoPupil'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'handreiking-fidelityreview-voorbereiden',
    type: 'guide',
    title: 'Handreiking: een IPS-fidelityreview voorbereiden',
    summary:
      'Een fidelityreview geeft een team inzicht in hoe modelgetrouw het IPS uitvoert. Met deze handreiking bereid je de review goed voor en gebruik je de uitkomst om te leren.',
    body: `## Wat is een fidelityreview?

In een fidelityreview beoordelen reviewers aan de hand van de IPS-modelgetrouwheidsschaal hoe een team IPS uitvoert. De schaal heeft 25 items, elk met een score van 1 tot 5. Bij 100 punten of meer spreek je van goede modelgetrouwheid.

## Voorbereiding

1. **Plan de datum.** Spreek de datum ruim van tevoren af met de reviewers en het team.
2. **Verzamel gegevens.** Denk aan de caseload per specialist, het aantal deelnemers met werk, de soorten banen en werkgevers en het aantal werkgeverscontacten.
3. **Informeer deelnemers.** Reviewers spreken vaak ook met deelnemers. Vraag wie wil meedoen en leg uit waarom.
4. **Betrek het behandelteam.** Reviewers willen zien hoe IPS is ingebed in de behandeling.
5. **Overleg over een werkgeversbezoek.** Vraag de reviewers of zij willen meekijken bij een werkgeverscontact van een specialist.

## Tijdens de review

Reviewers voeren meestal gesprekken met specialisten, de teamleider, behandelaars, deelnemers en soms klantmanagers. Ze bekijken dossiers. Wees open: het doel is leren, niet afrekenen.

## Na de review

- Bespreek het rapport met het hele team.
- Kies twee of drie items om aan te werken.
- Maak een verbeterplan met concrete acties en een eigenaar per actie.
- Bespreek de voortgang elke maand in het teamoverleg.

## Veelvoorkomende verbeterpunten

- Te grote caseload per specialist (de norm is ten hoogste 20).
- Weinig werkgeverscontacten per week.
- Onvoldoende contact met het behandelteam.
- Nazorg die te vroeg stopt.

## In Meedoen

Meedoen ondersteunt fidelityreviews: je legt per item de score en toelichting vast, en het totaal valt automatisch in de juiste band.`,
    authors: ['D. Koster'],
    organisations: ['GGZ De Linde'],
    publishedOn: '2025-05-20',
    themes: ['ips', 'measuringImpact'],
    domains: ['care'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'handreiking-regionaal-leernetwerk-opzetten',
    type: 'guide',
    title: 'Handreiking: een regionaal leernetwerk opzetten',
    summary:
      'Een leernetwerk brengt professionals, beleidsmakers en inwoners samen om kennis te delen over werk en participatie. Deze handreiking beschrijft hoe je een netwerk start en levend houdt.',
    body: `## Waarom een leernetwerk?

Professionals in werk en inkomen, zorg en welzijn leren veel van elkaar. Een leernetwerk maakt dat leren structureel. Het helpt om goede voorbeelden te verspreiden, knelpunten te bespreken en samen oplossingen te zoeken.

## Wie doet mee?

- Professionals van gemeenten, UWV, GGZ, werkbedrijven en welzijnsorganisaties.
- Beleidsmakers en programmamanagers.
- Werkgevers.
- Inwoners en ervaringsdeskundigen.
- Onderzoekers van hogescholen en kennisinstituten.

## Vormen van bijeenkomsten

- **Webinar**: een korte online presentatie met vragen, goed voor grote groepen.
- **Kennisatelier**: een werksessie in kleine groep rond één vraag.
- **Intervisie**: professionals bespreken eigen casussen onder begeleiding.
- **Leergang**: een reeks modules voor een vaste groep, bijvoorbeeld vijf gemeenten die samen een aanpak ontwikkelen.

## Stappen

1. Formuleer het doel van het netwerk en de thema's.
2. Stel een kleine kerngroep samen die het netwerk trekt.
3. Maak een jaarplanning met vaste momenten.
4. Nodig sprekers uit de praktijk uit, niet alleen experts.
5. Deel verslagen en materialen in de kennisbank.
6. Evalueer elk jaar met de leden.

## Succesfactoren

- Onderwerpen die aansluiten bij de dagelijkse praktijk.
- Een vaste coördinator.
- Een mix van online en fysieke bijeenkomsten.
- Ruimte voor vragen van deelnemers zelf.

## In Meedoen

In Meedoen beheer je leden, bijeenkomsten met aanmelding en wachtlijst, en leergangen met modules en voortgang.`,
    authors: ['M. Bakker'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2020-01-21',
    themes: ['regionalCooperation', 'careAndWork'],
    domains: ['workAndIncome', 'care', 'wmo', 'youth'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  // ---------------------------------------------------------------- interventies / aanpakken (15)
  {
    slug: 'individuele-plaatsing-en-steun-ips',
    type: 'intervention',
    title: 'Individuele Plaatsing en Steun (IPS)',
    summary:
      'IPS is een methode om mensen met een psychische kwetsbaarheid naar regulier betaald werk te begeleiden. Een IPS-specialist in het behandelteam zoekt snel naar werk dat past bij de wensen van de deelnemer en blijft daarna ondersteunen.',
    body: `## Doel

Mensen met ernstige psychische aandoeningen die willen werken, vinden en behouden regulier betaald werk: werk dat iedereen kan krijgen, tegen ten minste het minimumloon en niet minder dan collega's voor hetzelfde werk krijgen.

## Doelgroep

Mensen met een psychische kwetsbaarheid die in behandeling zijn bij de GGZ en die willen werken. Er zijn geen uitsluitingscriteria: diagnose, symptomen, middelengebruik of een lange periode zonder werk zijn geen reden om iemand uit te sluiten.

## Aanpak: de acht principes

1. Gericht op regulier betaald werk.
2. Iedereen die wil werken, kan meedoen.
3. Werkbegeleiding is geïntegreerd in het behandelteam.
4. De voorkeuren van de deelnemer staan centraal.
5. Persoonlijk advies over uitkering en toeslagen.
6. Snel zoeken naar werk, zonder lange voortrajecten.
7. Systematische jobdevelopment: de specialist bezoekt werkgevers op basis van de wensen van de deelnemer.
8. Onbeperkte en individuele ondersteuning, zolang de werknemer dat wil en nodig heeft.

## Uitvoering

Een IPS-specialist heeft een caseload van ten hoogste twintig deelnemers en doet alle fasen zelf, van kennismaking tot nazorg. Vrijwilligerswerk en beschut werk tellen niet als uitkomst van IPS.

## Modelgetrouwheid

Teams laten hun werkwijze beoordelen met de IPS-modelgetrouwheidsschaal (25 items, maximaal 125 punten). Een score van 100 of meer geldt als goede modelgetrouwheid.

## Onderzoek

IPS is internationaal een van de best onderzochte methoden voor werkbegeleiding van mensen met ernstige psychische aandoeningen, met meerdere gerandomiseerde studies in verschillende landen, ook in Nederland.

## Beoordeling in deze kennisbank

In deze demo-kennisbank staat IPS op het niveau "effectief volgens sterke aanwijzingen". Dit is een demo-beoordeling door een fictief regionaal panel, geen officiële erkenning.`,
    authors: ['F. Yilmaz', 'D. Koster'],
    organisations: ['GGZ Midden-Utrecht', 'Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2019-04-16',
    themes: ['ips', 'mentalHealth', 'sustainablePlacement'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability', 'benefitRecipient'],
    evidenceLevel: 'effectiveStrongIndications',
    evidenceAssessedOn: '2024-06-18',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'jobcoaching-op-de-werkplek-lekstroom',
    type: 'intervention',
    title: 'Jobcoaching op de werkplek volgens de Lekstroom-methode',
    summary:
      'Een gestructureerde vorm van jobcoaching bij reguliere werkgevers, met een begeleidingsplan voor werknemer én werkgever, vaste evaluatiemomenten en geleidelijke afbouw.',
    body: `## Doel

Werknemers met een arbeidsbeperking behouden hun baan bij een reguliere werkgever, en werkgevers voelen zich toegerust om hen te begeleiden.

## Doelgroep

Werknemers met een arbeidsbeperking die starten bij een reguliere werkgever, vaak met loonkostensubsidie of via het doelgroepregister. De intermediaire doelgroep zijn leidinggevenden en collega's.

## Aanpak

1. **Startgesprek** met werknemer, leidinggevende en jobcoach.
2. **Begeleidingsplan** met doelen voor de werknemer en afspraken voor de werkgever.
3. **Intensieve start**: de jobcoach is de eerste weken meerdere keren per week op de werkvloer.
4. **Maatje**: een collega wordt vast aanspreekpunt en krijgt korte uitleg van de jobcoach.
5. **Evaluaties** na zes weken, drie maanden en zes maanden.
6. **Afbouw**: de jobcoach komt minder vaak, maar blijft bereikbaar.

## Werkzame elementen

- Een vast gezicht voor werknemer en werkgever.
- Aandacht voor de werkomgeving, niet alleen voor de werknemer.
- Vroeg signaleren van problemen door regelmatig contact.

## Randvoorwaarden

Jobcoaches hebben een afgeronde opleiding en krijgen intervisie. De caseload blijft beperkt, zodat er tijd is voor bezoeken op de werkplek.

## Onderzoek

Na een procesevaluatie zijn twee effectstudies uitgevoerd, waarin werknemers met deze vorm van jobcoaching zijn vergeleken met werknemers met de gebruikelijke begeleiding. In beide studies waren werknemers met de Lekstroom-methode na twaalf maanden vaker nog aan het werk.

## Beoordeling

Demo-beoordeling: effectief volgens goede aanwijzingen.`,
    authors: ['W. Kramer', 'L. Mulder'],
    organisations: ['Werkbedrijf Lekstroom', 'Kenniscentrum Werk en Inclusie'],
    publishedOn: '2024-11-05',
    themes: ['jobCoaching', 'sustainablePlacement', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'effectiveGoodIndications',
    evidenceAssessedOn: '2025-10-14',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['jobCoaching'],
  },
  {
    slug: 'grip-op-je-loopbaan-groepstraining',
    type: 'intervention',
    title: 'Grip op je loopbaan: groepstraining eigen regie',
    summary:
      'Een groepstraining van acht bijeenkomsten waarin werkzoekenden met een arbeidsbeperking werken aan zelfvertrouwen, werkwensen en het zelf zetten van stappen naar werk.',
    body: `## Doel

Deelnemers krijgen meer zelfvertrouwen en regie over hun loopbaan. Zij weten welk werk zij willen, wat zij nodig hebben en hoe zij zelf stappen zetten.

## Doelgroep

Werkzoekenden met een arbeidsbeperking of psychische kwetsbaarheid die een uitkering ontvangen en twijfelen aan hun mogelijkheden op de arbeidsmarkt.

## Aanpak

De training bestaat uit acht bijeenkomsten van tweeënhalf uur, in groepen van acht tot twaalf deelnemers. Een trainer en een ervaringsdeskundige begeleiden samen.

1. Kennismaken en eigen verhaal.
2. Mijn talenten en waarden.
3. Werkwensen verkennen.
4. Omgaan met tegenslag.
5. Vertellen over je beperking: wel of niet, en hoe?
6. Netwerken en werkgevers benaderen.
7. Een eigen actieplan.
8. Terugblik en vervolg.

Tussen de bijeenkomsten werken deelnemers aan opdrachten, zoals een gesprek met iemand uit hun netwerk.

## Werkzame elementen

- Leren van elkaar in een veilige groep.
- De ervaringsdeskundige als rolmodel.
- Kleine, haalbare stappen die succeservaringen geven.

## Onderzoek

Twee effectstudies in verschillende gemeenten vergeleken deelnemers met een wachtlijstgroep. Deelnemers scoorden na afloop hoger op zelfeffectiviteit en zetten vaker zelf een stap richting werk. Het effect op het vinden van werk is nog niet onderzocht.

## Beoordeling

Demo-beoordeling: effectief volgens goede aanwijzingen, voor de uitkomst eigen regie.`,
    authors: ['E. de Graaf', 'C. Dekker'],
    organisations: ['Kenniscentrum Werk en Inclusie'],
    publishedOn: '2023-04-18',
    themes: ['selfDirection', 'mentalHealth'],
    domains: ['workAndIncome', 'wmo'],
    targetGroups: ['workDisability', 'psychologicalVulnerability', 'benefitRecipient'],
    evidenceLevel: 'effectiveGoodIndications',
    evidenceAssessedOn: '2025-02-11',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'taak-op-maat-jobcarving-aanpak',
    type: 'intervention',
    title: 'Taak op maat: jobcarving samen met werkgevers',
    summary:
      'Een regionale aanpak waarin werkgeversadviseurs met werkgevers de taken in een team analyseren en nieuwe functies samenstellen voor werkzoekenden met een arbeidsbeperking.',
    body: `## Doel

Werkgevers creëren duurzame functies voor werkzoekenden met een arbeidsbeperking door taken anders te verdelen, en bestaande medewerkers krijgen meer tijd voor hun kerntaken.

## Doelgroep

Uiteindelijke doelgroep: werkzoekenden met een arbeidsbeperking uit de Participatiewet en het doelgroepregister. Intermediaire doelgroep: werkgevers in zorg, logistiek, horeca en groenvoorziening.

## Aanpak

1. **Intake** met de werkgever over doelen en draagvlak.
2. **Takenanalyse** op de werkvloer, samen met medewerkers.
3. **Functieontwerp**: taken worden gebundeld tot een nieuwe functie met een haalbaar aantal uren.
4. **Matching** van de functie met kandidaten op basis van hun wensen en capaciteitsprofiel.
5. **Start met ondersteuning**: loonkostensubsidie, jobcoaching of werkplekaanpassing waar nodig.
6. **Evaluatie** na drie en na twaalf maanden.

## Werkzame elementen

- De werkgever is eigenaar van de nieuwe functie.
- Medewerkers denken mee over welke taken zij willen afstaan.
- De functie wordt beschreven in taken, zodat matching precies is.

## Randvoorwaarden

Werkgeversadviseurs hebben een training in takenanalyse gevolgd. Er is een regionale afspraak over het snel toekennen van instrumenten.

## Onderzoek

Een procesevaluatie en twee vergelijkende studies in de regio lieten zien dat functies die via deze aanpak zijn ontstaan, vaker na een jaar nog bestonden dan functies uit gewone vacatures. De aantallen waren klein.

## Beoordeling

Demo-beoordeling: effectief volgens eerste aanwijzingen.`,
    authors: ['R. Visser', 'P. van Dijk'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2022-12-06',
    themes: ['jobCarving', 'employerServices', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'effectiveFirstIndications',
    evidenceAssessedOn: '2024-03-26',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'ips-voor-jongeren-regionale-variant',
    type: 'intervention',
    title: 'IPS voor jongeren: werk en school naast behandeling',
    summary:
      'Een regionale toepassing van IPS voor jongeren van 16 tot 27 jaar met psychische klachten, waarin werk en opleiding allebei een doel kunnen zijn.',
    body: `## Doel

Jongeren met psychische klachten vinden en behouden betaald werk of volgen een reguliere opleiding die hun kansen op werk vergroot.

## Doelgroep

Jongeren van 16 tot 27 jaar die in behandeling zijn bij de GGZ of de jeugd-GGZ en die willen werken of leren. Veel van hen zijn uitgevallen op school of hebben nog nooit betaald gewerkt.

## Aanpak

De aanpak volgt de principes van IPS. Kenmerkend voor deze variant:

- De IPS-specialist werkt ook samen met scholen, studieloopbaanbegeleiders en mentoren.
- Een reguliere opleiding telt als volwaardig doel, naast betaald werk.
- Ouders worden betrokken als de jongere dat wil.
- Bij de overgang van jeugd- naar volwassenenzorg blijft de specialist dezelfde.

## Werkzame elementen

- Eén vaste begeleider over de grenzen van jeugd, onderwijs en werk.
- Snel starten: binnen enkele weken een eerste contact met een werkgever of school.
- Aandacht voor wat de jongere zelf wil, ook als dat verandert.

## Randvoorwaarden

De specialist maakt deel uit van het behandelteam en heeft korte lijnen met het jongerenloket van de gemeente. Er zijn afspraken met mbo-instellingen over instroom tijdens het schooljaar.

## Onderzoek

Twee kleine vergelijkende studies in de regio wijzen erop dat jongeren in deze aanpak vaker aan het werk of op school zijn dan jongeren met de gebruikelijke begeleiding. Verder onderzoek met grotere groepen is nodig.

## Beoordeling

Demo-beoordeling: effectief volgens eerste aanwijzingen.`,
    authors: ['K. Hoekstra', 'F. Yilmaz'],
    organisations: ['GGZ De Linde'],
    publishedOn: '2023-08-29',
    themes: ['ips', 'youngPeople', 'mentalHealth', 'learningRoutes'],
    domains: ['youth', 'care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability', 'praktijkVsoPupil'],
    evidenceLevel: 'effectiveFirstIndications',
    evidenceAssessedOn: '2025-04-08',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'duo-aanpak-schulden-en-werk',
    type: 'intervention',
    title: 'Duo-aanpak schulden en werk',
    summary:
      'Een trajectbegeleider en een schuldhulpverlener werken als duo met één werkzoekende. Zo worden geldzorgen en de weg naar werk tegelijk aangepakt.',
    body: `## Doel

Werkzoekenden met schulden vinden werk en houden het, terwijl hun financiële situatie stabiliseert.

## Doelgroep

Werkzoekenden met een bijstandsuitkering of zonder uitkering (nuggers) die problematische schulden hebben en willen werken.

## Aanpak

1. **Gezamenlijke intake**: de trajectbegeleider en de schuldhulpverlener voeren het eerste gesprek samen.
2. **Eén plan**: doelen voor werk en voor financiën staan in hetzelfde plan.
3. **Stabilisatie**: vaste lasten worden geregeld, zodat er rust ontstaat.
4. **Naar werk**: de trajectbegeleider start tegelijk met de zoektocht naar werk.
5. **Overgang**: bij werkaanvaarding maakt het duo afspraken over het eerste loon, toeslagen en eventueel beslag.
6. **Nazorg**: het duo blijft de eerste zes maanden na de start van het werk betrokken.

## Werkzame elementen

- Niet eerst schulden en dan werk, maar beide tegelijk.
- Korte lijnen tussen de twee professionals.
- Persoonlijk advies over inkomen bij elke stap.

## Randvoorwaarden

Beide professionals hebben ruimte in hun caseload voor gezamenlijke gesprekken. De deelnemer geeft toestemming om informatie tussen hen te delen.

## Onderzoek

Een procesevaluatie en twee vergelijkende studies in twee gemeenten lieten zien dat deelnemers minder vaak uitvielen uit het traject. De eerste resultaten op werk zijn positief, maar de groepen waren klein.

## Beoordeling

Demo-beoordeling: effectief volgens eerste aanwijzingen.`,
    authors: ['N. Boukhari'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2021-10-19',
    themes: ['debts', 'integratedPlan'],
    domains: ['workAndIncome', 'wmo'],
    targetGroups: ['benefitRecipient', 'nugger'],
    evidenceLevel: 'effectiveFirstIndications',
    evidenceAssessedOn: '2023-12-05',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'voortraject-bbl-zorg-en-welzijn',
    type: 'intervention',
    title: 'Voortraject naar BBL in zorg en welzijn',
    summary:
      'Een voorbereidend traject van enkele maanden waarin werkzoekenden kennismaken met het werk in de zorg, basisvaardigheden leren en doorstromen naar een BBL-opleiding met arbeidsovereenkomst.',
    body: `## Doel

Werkzoekenden stromen door naar een BBL-opleiding in zorg en welzijn en blijven daarna in de sector werken.

## Doelgroep

Uitkeringsgerechtigden, nuggers, statushouders en zij-instromers die in de zorg willen werken, maar nog niet klaar zijn om direct aan een BBL-opleiding te beginnen.

## Aanpak

- **Oriëntatie**: meelopen op verschillende afdelingen, zoals thuiszorg en verpleeghuis.
- **Lessen**: taal, rekenen, digitale vaardigheden en basiskennis van zorg.
- **Werknemersvaardigheden**: samenwerken, communiceren met cliënten, omgaan met feedback.
- **Begeleiding**: een vaste trajectbegeleider en een praktijkbegeleider bij de zorgorganisatie.
- **Doorstroom**: bij een positieve evaluatie volgt een BBL-plek met arbeidsovereenkomst.

## Werkzame elementen

- Eerst ervaren, dan kiezen: deelnemers weten waar zij voor kiezen.
- Leren in een groep, met aandacht voor ieders tempo.
- Een vaste praktijkbegeleider als aanspreekpunt.

## Onderbouwing

De aanpak sluit aan bij inzichten over werkplekleren en over het belang van een geleidelijke overgang naar opleiding. Door het combineren van praktijk en lessen worden drempels zoals onzekerheid en onbekendheid met het beroep kleiner.

## Randvoorwaarden

Samenwerking tussen werkbedrijf, zorgorganisatie en mbo-instelling, met afspraken over aantallen en financiering.

## Beoordeling

Demo-beoordeling: goed onderbouwd. Effectonderzoek is gepland.`,
    authors: ['G. Peters'],
    organisations: ['Werkbedrijf Midden-Utrecht', 'Zorggroep Het Anker'],
    publishedOn: '2022-01-25',
    themes: ['learningRoutes', 'careAndWork'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['benefitRecipient', 'nugger', 'statusHolder', 'careerSwitcher'],
    evidenceLevel: 'wellFounded',
    evidenceAssessedOn: '2023-06-13',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'werkmaatje-ervaringsdeskundige-steun',
    type: 'intervention',
    title: 'Werkmaatje: ervaringsdeskundige steun bij de start van werk',
    summary:
      'Een getrainde ervaringsdeskundige ondersteunt een werknemer met een psychische kwetsbaarheid in de eerste maanden van een nieuwe baan, naast de begeleiding door de IPS-specialist of jobcoach.',
    body: `## Doel

Werknemers met een psychische kwetsbaarheid voelen zich gesteund in de eerste maanden van hun baan en vallen minder snel uit.

## Doelgroep

Werknemers met een psychische kwetsbaarheid die net zijn begonnen aan een baan, vaak via IPS of jobcoaching.

## Aanpak

- Een werkmaatje heeft zelf ervaring met psychische klachten en met werk. Hij of zij volgt een korte training.
- Werkmaatje en werknemer spreken elkaar om de week, buiten het werk.
- Onderwerpen zijn bijvoorbeeld spanning, energie, contact met collega's en het combineren van werk en herstel.
- Het werkmaatje is geen hulpverlener en overlegt met de specialist als er zorgen zijn.
- De koppeling duurt zes maanden en kan worden verlengd.

## Werkzame elementen

- Herkenning: het werkmaatje weet uit eigen ervaring hoe het is.
- Hoop: het werkmaatje laat zien dat werken met een kwetsbaarheid kan.
- Laagdrempelig contact, zonder verslaglegging in het dossier.

## Onderbouwing

De aanpak is gebaseerd op inzichten over herstel en lotgenotencontact. Steun van iemand met vergelijkbare ervaringen kan het gevoel van eigenwaarde en de hoop op herstel versterken. Dat helpt om moeilijke momenten in een nieuwe baan door te komen.

## Randvoorwaarden

Werkmaatjes krijgen intervisie en een vrijwilligersvergoeding. Er is een coördinator die koppelingen maakt en bewaakt.

## Beoordeling

Demo-beoordeling: goed onderbouwd.`,
    authors: ['S. Jansen', 'M. Bakker'],
    organisations: ['GGZ Midden-Utrecht'],
    publishedOn: '2021-06-15',
    themes: ['mentalHealth', 'sustainablePlacement', 'selfDirection'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'wellFounded',
    evidenceAssessedOn: '2022-09-20',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips', 'jobCoaching'],
  },
  {
    slug: 'taal-op-de-werkvloer-statushouders',
    type: 'intervention',
    title: 'Taal op de werkvloer voor statushouders',
    summary:
      'Statushouders leren Nederlands op hun werkervaringsplaats of in hun baan, met een taalcoach die lessen afstemt op de woorden en situaties van het werk.',
    body: `## Doel

Statushouders verbeteren hun Nederlands en hun werknemersvaardigheden, en stromen door naar betaald werk.

## Doelgroep

Statushouders met een taalniveau rond A2 die aan het werk zijn of een werkervaringsplaats hebben. Intermediaire doelgroep: leidinggevenden en collega's.

## Aanpak

- **Analyse**: de taalcoach loopt mee en verzamelt de woorden en situaties die in het werk belangrijk zijn.
- **Lessen**: een keer per week een les op of bij de werkplek, in kleine groepjes.
- **Oefenen op de werkvloer**: collega's krijgen tips om duidelijk te praten en geduldig te zijn.
- **Voortgang**: elke maand een kort gesprek tussen deelnemer, taalcoach en leidinggevende.
- **Vervolg**: na zes maanden bespreken wat de volgende stap is, zoals een opleiding of contract.

## Werkzame elementen

- Leren in de context waar de taal nodig is.
- Direct toepassen van nieuwe woorden.
- Betrokkenheid van collega's.

## Onderbouwing

Onderzoek naar taalverwerving bij volwassenen laat zien dat taal beter beklijft als die direct in een betekenisvolle situatie wordt gebruikt. Werk biedt veel van die situaties. Daarnaast vergroot een werkplek het sociale netwerk, wat ook de taal ten goede komt.

## Randvoorwaarden

De werkgever geeft ruimte voor lessen onder werktijd. De gemeente financiert de taalcoach. De planning houdt rekening met inburgeringsverplichtingen.

## Beoordeling

Demo-beoordeling: goed onderbouwd.`,
    authors: ['A. El Idrissi'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2020-05-12',
    themes: ['statusHolders', 'workExperience', 'learningRoutes'],
    domains: ['workAndIncome'],
    targetGroups: ['statusHolder'],
    evidenceLevel: 'wellFounded',
    evidenceAssessedOn: '2021-11-23',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['workExperience', 'learningRoute'],
  },
  {
    slug: 'integraal-keukentafelgesprek-werk-en-zorg',
    type: 'intervention',
    title: 'Integraal keukentafelgesprek werk en zorg',
    summary:
      'Een Wmo-consulent en een klantmanager werk voeren samen het gesprek met een huishouden, zodat vragen over zorg, jeugd, inkomen en werk in samenhang worden besproken.',
    body: `## Doel

Huishoudens met vragen op meerdere leefgebieden krijgen passende ondersteuning in samenhang, en werk wordt een vanzelfsprekend onderwerp in het gesprek over zorg en welzijn.

## Doelgroep

Huishoudens die een beroep doen op de Wmo of jeugdhulp en waarin een of meer volwassenen geen betaald werk hebben. Dat kunnen uitkeringsgerechtigden zijn, maar ook nuggers.

## Aanpak

1. De Wmo-consulent signaleert bij een aanvraag dat werk of inkomen een rol speelt.
2. Met toestemming van het huishouden nodigt de consulent een klantmanager werk uit.
3. Samen voeren zij een gesprek aan de keukentafel over alle leefgebieden.
4. Er komt één plan met doelen en een vaste regisseur.
5. Na drie maanden volgt een gezamenlijke evaluatie.

## Werkzame elementen

- Eén gesprek in plaats van meerdere losse gesprekken.
- Aandacht voor de vraag achter de vraag.
- Werk als middel om ook andere problemen te verlichten, zoals eenzaamheid of geldzorgen.

## Onderbouwing

De aanpak bouwt voort op inzichten dat versnipperde hulp leidt tot kortetermijnoplossingen en doorverwijzingen. Een gezamenlijk gesprek maakt samenhang zichtbaar en vergroot de kans op passende, duurzame oplossingen.

## Randvoorwaarden

Afspraken tussen de afdelingen Wmo, jeugd en werk en inkomen over tijd en werkwijze. Duidelijke afspraken over privacy en toestemming.

## Beoordeling

Demo-beoordeling: goed onderbouwd.`,
    authors: ['E. de Graaf', 'H. van den Berg'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2020-08-18',
    themes: ['integratedPlan', 'careAndWork', 'regionalCooperation'],
    domains: ['wmo', 'youth', 'workAndIncome'],
    targetGroups: ['benefitRecipient', 'nugger'],
    evidenceLevel: 'wellFounded',
    evidenceAssessedOn: '2022-04-12',
    evidenceAssessedBy: 'Beoordelingscommissie Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'wep-route-werkervaring-met-begeleiding',
    type: 'intervention',
    title: 'WEP-route: werkervaring opdoen met begeleiding',
    summary:
      'Een route langs werkervaringsplaatsen voor langdurig werklozen, met leerdoelen, een vaste begeleider en een duidelijke volgende stap naar betaald werk.',
    body: `## Doel

Langdurig werklozen worden werkfit en stromen door naar betaald werk of een opleiding.

## Doelgroep

Uitkeringsgerechtigden die lang niet hebben gewerkt en behoefte hebben aan werkervaring, ritme en zelfvertrouwen.

## Aanpak

De WEP-route bestaat uit drie "wagons", zoals deelnemers het noemen:

1. **Instappen**: kennismaking, leerdoelen opstellen, start op een werkervaringsplaats bij het werkbedrijf.
2. **Doorrijden**: na enkele maanden een werkervaringsplaats bij een reguliere werkgever.
3. **Uitstappen**: overstap naar een betaalde baan, een proefplaatsing of een opleiding.

Bij elke overgang is er een gesprek met de deelnemer, de begeleider en de werkgever.

## Werkzame elementen

- Een duidelijk einddoel vanaf de start.
- Geleidelijk meer verantwoordelijkheid.
- Vastleggen wat iemand heeft geleerd, bijvoorbeeld in een praktijkverklaring.

## Randvoorwaarden

Werkgevers bieden werkervaringsplaatsen die echt leerzaam zijn en geen betaald werk verdringen. De duur van de werkervaringsplaatsen volgt de regels van de gemeente.

## Praktijkervaringen

Begeleiders en deelnemers noemen de vaste structuur en de groepsdagen als sterke punten. Werkgevers waarderen de goede voorbereiding.

## Beoordeling

Demo-beoordeling: goed beschreven.`,
    authors: ['T. Smit'],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2022-04-05',
    themes: ['workExperience', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['benefitRecipient', 'workDisability'],
    evidenceLevel: 'wellDescribed',
    evidenceAssessedOn: '2023-02-21',
    evidenceAssessedBy: 'Praktijkpanel Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['workExperience'],
  },
  {
    slug: 'taakbrigade-mbo-niveau-1-en-2',
    type: 'intervention',
    title: 'Taakbrigade mbo-niveau 1 en 2 in de thuiszorg',
    summary:
      'In een taakbrigade leren deelnemers in een versneld traject een afgebakend takenpakket in de thuiszorg, op mbo-niveau 1 of 2, en gaan zij direct aan het werk.',
    body: `## Doel

Deelnemers behalen in korte tijd een erkend certificaat op mbo-niveau 1 of 2 en gaan aan het werk in de thuiszorg.

## Doelgroep

Werkzoekenden met een afstand tot de arbeidsmarkt, zoals mensen met een arbeidsbeperking, uitkeringsgerechtigden en zij-instromers, die in de thuiszorg willen werken.

## Aanpak

- **Takenpakket**: de thuiszorgorganisatie en de mbo-instelling stellen samen een afgebakend pakket taken vast, bijvoorbeeld huishoudelijke ondersteuning en eenvoudige hulp bij dagelijkse activiteiten.
- **Versneld leren**: deelnemers leren vooral in de praktijk, met een beperkt aantal lesdagen.
- **Brigade**: deelnemers werken in een vast team met een eigen teamleider.
- **Certificaat**: het traject eindigt met een praktijkverklaring of mbo-certificaat.

## Werkzame elementen

- Leren en werken vanaf dag één.
- Een groep die elkaar steunt.
- Een takenpakket dat past bij de mogelijkheden van de deelnemers.

## Randvoorwaarden

Samenwerking tussen thuiszorgorganisatie, mbo-instelling en werkbedrijf. Een teamleider met tijd voor begeleiding.

## Praktijkervaringen

De aanpak bouwt voort op taakbrigades op hogere mbo-niveaus. Deelnemers noemen de directe praktijk en de groep als belangrijkste redenen om door te zetten.

## Beoordeling

Demo-beoordeling: goed beschreven.`,
    authors: ['G. Peters', 'T. Smit'],
    organisations: ['Zorggroep Het Anker', 'Mbo-college Vecht en Lek'],
    publishedOn: '2023-07-11',
    themes: ['learningRoutes', 'careAndWork'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'benefitRecipient', 'careerSwitcher'],
    evidenceLevel: 'wellDescribed',
    evidenceAssessedOn: '2024-05-14',
    evidenceAssessedBy: 'Praktijkpanel Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'brugbaan-betaald-werk-na-pro-en-vso',
    type: 'intervention',
    title: 'Brugbaan: betaald werk na praktijk- of vso-onderwijs',
    summary:
      'Jongeren van het praktijkonderwijs en het voortgezet speciaal onderwijs stappen direct na school over naar een betaalde baan, vaak bij hun stagebedrijf, met begeleiding door school en jobcoach.',
    body: `## Doel

Jongeren uit het pro en vso hebben direct na school betaald werk en behouden dat werk.

## Doelgroep

Leerlingen in het laatste schooljaar van het praktijkonderwijs of het voortgezet speciaal onderwijs, uitstroomprofiel arbeidsmarkt, die willen werken.

## Aanpak

1. In het voorlaatste schooljaar bespreekt de school met leerling en ouders de werkwensen.
2. De leerling loopt stage bij een werkgever die een baan kan bieden.
3. School, gemeente en werkgever maken afspraken over de overstap en over instrumenten.
4. De jongere tekent een arbeidsovereenkomst die direct na school ingaat.
5. Een jobcoach begeleidt het eerste jaar; de school blijft zes maanden betrokken.

## Werkzame elementen

- Geen gat tussen school en werk.
- Een werkgever die de jongere al kent.
- Een warme overdracht van school naar jobcoach.

## Randvoorwaarden

Tijdige afspraken met de gemeente over loonkostensubsidie en jobcoaching. Een contactpersoon bij de werkgever.

## Praktijkervaringen

Scholen en werkgevers noemen de vroege start van de voorbereiding als belangrijkste succesfactor. Ouders waarderen duidelijke informatie over loon en uitkering.

## Beoordeling

Demo-beoordeling: goed beschreven.`,
    authors: ['K. Hoekstra'],
    organisations: ['Praktijkschool De Brug', 'Werkbedrijf Midden-Utrecht'],
    publishedOn: '2021-12-14',
    themes: ['youngPeople', 'learningRoutes', 'sustainablePlacement'],
    domains: ['youth', 'workAndIncome'],
    targetGroups: ['praktijkVsoPupil'],
    evidenceLevel: 'wellDescribed',
    evidenceAssessedOn: '2022-10-11',
    evidenceAssessedBy: 'Praktijkpanel Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'inclusief-werkgeversnetwerk-vaste-contactpersoon',
    type: 'intervention',
    title: 'Inclusief Werkgeversnetwerk met vaste contactpersoon',
    summary:
      'Werkgevers in de regio krijgen één vaste contactpersoon voor alle vragen over inclusief werken en ontmoeten elkaar in een netwerk om ervaringen te delen.',
    body: `## Doel

Meer werkgevers nemen werkzoekenden met een arbeidsbeperking in dienst en houden hen in dienst, doordat zij snel en eenvoudig ondersteuning krijgen.

## Doelgroep

Werkgevers in het midden- en kleinbedrijf in de regio. Uiteindelijke doelgroep: werkzoekenden met een arbeidsbeperking.

## Aanpak

- **Eén contactpersoon**: elke werkgever in het netwerk heeft een vaste werkgeversadviseur, ongeacht of de kandidaat van gemeente, UWV of GGZ komt.
- **Snelle afspraken**: de adviseur regelt instrumenten zoals loonkostensubsidie, jobcoach en no-riskpolis.
- **Netwerkbijeenkomsten**: vier keer per jaar ontmoeten werkgevers elkaar bij een van de bedrijven.
- **Werkgever-tot-werkgever**: ervaren werkgevers zijn ambassadeur en beantwoorden vragen van collega's.

## Werkzame elementen

- Eenvoud voor de werkgever: één telefoonnummer.
- Vertrouwen door een vaste relatie.
- Inspiratie door verhalen van andere werkgevers.

## Randvoorwaarden

Afspraken tussen gemeente, UWV en werkbedrijven over één werkgeversbenadering. Werkgeversadviseurs met voldoende mandaat.

## Praktijkervaringen

Werkgevers noemen de vaste contactpersoon en de snelheid als grootste verbetering. De netwerkbijeenkomsten leiden regelmatig tot nieuwe vacatures.

## Beoordeling

Demo-beoordeling: goed beschreven.`,
    authors: ['P. van Dijk'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2020-02-25',
    themes: ['employerServices', 'regionalCooperation', 'instruments'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'wellDescribed',
    evidenceAssessedOn: '2021-03-16',
    evidenceAssessedBy: 'Praktijkpanel Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'werkspreekuur-in-de-huisartsenpraktijk',
    type: 'intervention',
    title: 'Werkspreekuur in de huisartsenpraktijk',
    summary:
      'Een werkcoach houdt spreekuur in de huisartsenpraktijk voor patiënten met psychische klachten die hun werk dreigen te verliezen of weer aan het werk willen.',
    body: `## Doel

Mensen met lichte tot matige psychische klachten behouden hun werk of vinden sneller nieuw werk, doordat werk vroeg in de zorg aan bod komt.

## Doelgroep

Patiënten van de huisartsenpraktijk met psychische klachten zoals somberheid, angst of overspanning, die werkloos zijn of uit dreigen te vallen. Ook nuggers en zelfstandigen kunnen terecht.

## Aanpak

- De huisarts of praktijkondersteuner GGZ vraagt bij elk consult naar werk.
- Wie dat wil, wordt doorverwezen naar het werkspreekuur in dezelfde praktijk.
- De werkcoach voert maximaal vijf gesprekken over werk, wensen en mogelijkheden.
- Waar nodig verwijst de werkcoach door naar de gemeente, UWV, een IPS-traject of schuldhulp.

## Werkzame elementen

- Een vertrouwde plek: de huisartsenpraktijk.
- Vroeg aandacht voor werk, voordat iemand lang thuiszit.
- Korte lijnen tussen zorg en werk.

## Randvoorwaarden

Een ruimte in de praktijk, afspraken over verwijzing en privacy, en een werkcoach met kennis van de sociale kaart.

## Praktijkervaringen

Praktijkondersteuners geven aan dat werk nu vaker ter sprake komt. Patiënten vinden het prettig dat zij niet naar een onbekend kantoor hoeven.

## Beoordeling

Demo-beoordeling: goed beschreven.`,
    authors: ['S. Jansen'],
    organisations: ['GGZ Midden-Utrecht'],
    publishedOn: '2025-08-26',
    themes: ['mentalHealth', 'careAndWork'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability', 'nugger'],
    evidenceLevel: 'wellDescribed',
    evidenceAssessedOn: '2026-06-09',
    evidenceAssessedBy: 'Praktijkpanel Kenniswerkplaats Inclusief Werk (demo)',
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['other'],
  },
  // ---------------------------------------------------------------- factsheets (10)
  {
    slug: 'factsheet-wat-is-ips',
    type: 'factsheet',
    title: 'Wat is IPS? Uitleg voor werkzoekenden',
    summary:
      'IPS helpt mensen met psychische klachten aan betaald werk. In deze factsheet lees je in gewone taal hoe IPS werkt en wat je kunt verwachten.',
    body: `## Wat is IPS?

IPS betekent Individuele Plaatsing en Steun. Het is een manier om mensen met psychische klachten te helpen aan betaald werk. Je krijgt hulp van een IPS-specialist. Die werkt samen met je behandelaar.

## Voor wie?

IPS is voor iedereen die in behandeling is bij de GGZ en graag wil werken. Je hoeft niet eerst "klaar" te zijn. Ook als je lang niet hebt gewerkt, kun je meedoen.

## Hoe werkt het?

- **Jij kiest.** Je vertelt welk werk je wilt doen. Daar gaan we naar zoeken.
- **Snel beginnen.** We gaan snel op zoek naar werk. Je hoeft niet eerst lange cursussen te doen.
- **Echt werk.** Het gaat om betaald werk bij een gewone werkgever.
- **Hulp bij geld.** Je krijgt uitleg over wat werken betekent voor je uitkering en toeslagen.
- **Hulp blijft.** Ook als je werk hebt, helpt de IPS-specialist je zo lang als jij wilt.

## Wat doet de IPS-specialist?

De specialist praat met je over je wensen. Hij of zij zoekt werkgevers die passen bij wat jij wilt. De specialist helpt je bij sollicitaties. En als je werk hebt, helpt hij of zij je om het werk te houden.

## Vertel je het aan je werkgever?

Dat kies jij zelf. Je bespreekt met de specialist wat je wel en niet wilt vertellen.

## Hoe meld je je aan?

Vraag je behandelaar naar IPS. Hij of zij kan je aanmelden bij de IPS-specialist in je team.`,
    authors: [],
    organisations: ['GGZ Midden-Utrecht'],
    publishedOn: '2020-04-07',
    themes: ['ips', 'mentalHealth', 'selfDirection'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'factsheet-wat-doet-een-jobcoach',
    type: 'factsheet',
    title: 'Een jobcoach: wat doet die voor jou?',
    summary:
      'Een jobcoach helpt je op je werk. Lees wat een jobcoach doet, hoe lang je hulp krijgt en hoe je een jobcoach aanvraagt.',
    body: `## Wat is een jobcoach?

Een jobcoach is iemand die je helpt op je werk. Bijvoorbeeld als je net begint bij een nieuwe werkgever. De jobcoach helpt je om het werk te leren en om goed samen te werken met je collega's.

## Wat doet een jobcoach?

- Hij of zij helpt je in de eerste weken op je werk.
- Samen maken jullie een plan: wat wil je leren, wat heb je nodig?
- De jobcoach praat ook met je leidinggevende en collega's.
- Als er een probleem is, zoekt de jobcoach samen met jou een oplossing.

## Hoe lang?

In het begin komt de jobcoach vaak. Als het goed gaat, komt hij of zij minder vaak. Je kunt de jobcoach altijd bellen als er iets is.

## Wie betaalt de jobcoach?

Dat hangt af van jouw situatie. Soms betaalt UWV, soms de gemeente. Je hoeft de jobcoach niet zelf te betalen. Je werkgever of je begeleider vraagt de jobcoach aan.

## Wat vertelt de jobcoach aan je werkgever?

De jobcoach vertelt alleen wat nodig is voor je werk. Over je gezondheid vertelt hij of zij niets zonder jouw toestemming.

## Tips

- Vertel eerlijk wat goed gaat en wat moeilijk is.
- Schrijf je vragen op voor het gesprek met je jobcoach.
- Vraag om hulp als je iets niet begrijpt.

## Meer weten?

Vraag je trajectbegeleider of klantmanager naar jobcoaching.`,
    authors: [],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2021-01-19',
    themes: ['jobCoaching', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['jobCoaching'],
  },
  {
    slug: 'factsheet-loonkostensubsidie-voor-werkgevers',
    type: 'factsheet',
    title: 'Factsheet loonkostensubsidie voor werkgevers',
    summary:
      'In één oogopslag: wat loonkostensubsidie is, voor wie het geldt, hoe de loonwaarde wordt bepaald en hoe u het aanvraagt.',
    body: `## In het kort

Neemt u iemand in dienst die door een arbeidsbeperking niet het volledige wettelijk minimumloon kan verdienen? Dan kan de gemeente u loonkostensubsidie geven. U betaalt uw werknemer gewoon loon, en de gemeente compenseert het verschil tussen het minimumloon en de loonwaarde.

## Kernpunten

- **Wie verstrekt?** De gemeente, op grond van de Participatiewet.
- **Voor wie?** Werknemers uit de gemeentelijke doelgroep met arbeidsvermogen die met voltijds werken het minimumloon niet halen.
- **Hoeveel?** Het verschil tussen minimumloon en loonwaarde, plus een vaste vergoeding voor werkgeverslasten.
- **Loonwaarde**: wordt op de werkplek bepaald door een loonwaardedeskundige, met één uniforme methode.

## Zo werkt de aanvraag

1. U neemt contact op met het werkgeversservicepunt.
2. De gemeente beoordeelt of de kandidaat tot de doelgroep hoort.
3. Een loonwaardedeskundige bepaalt de loonwaarde op de werkplek.
4. U ontvangt een beschikking met het bedrag en de looptijd.
5. De loonwaarde wordt periodiek opnieuw bepaald.

## Combineren

Loonkostensubsidie is goed te combineren met een jobcoach en, als uw werknemer in het doelgroepregister staat, met de no-riskpolis.

## Goed om te weten

- Een proefplaatsing vooraf kan helpen om de loonwaarde te bepalen.
- Verandert de functie of het aantal uren? Meld dit bij de gemeente.

## Contact

Werkgeversservicepunt Midden-Utrecht, uw vaste werkgeversadviseur.`,
    authors: [],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2023-02-27',
    themes: ['instruments', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'factsheet-jouw-gegevens-wie-mag-wat-zien',
    type: 'factsheet',
    title: 'Jouw gegevens in Meedoen: wie mag wat zien?',
    summary:
      'In Meedoen bepaal jij mee wie jouw gegevens mag zien. Deze factsheet legt uit hoe toestemming werkt en hoe je kunt zien wie jouw gegevens heeft bekeken.',
    body: `## Jouw gegevens zijn van jou

Als je een traject naar werk volgt, schrijven professionals dingen over jou op. Bijvoorbeeld je wensen, je plan en je afspraken. Soms ook informatie over je gezondheid. Die informatie is extra gevoelig. Daarom gaan we er zorgvuldig mee om.

## Wie mag je gegevens zien?

- Je eigen begeleider bij de organisatie waar je traject loopt.
- Andere organisaties alleen als jij daar toestemming voor geeft.
- Werkgevers zien nooit je naam of gezondheid, tenzij jij zelf kiest voor een kennismaking.

## Toestemming geven

Jij kiest per organisatie welke gegevens zij mogen zien. Bijvoorbeeld: de gemeente mag je plan zien, maar niet je gespreksverslagen. Je kiest ook waarvoor ze je gegevens mogen gebruiken.

## Toestemming intrekken

Wil je niet meer dat een organisatie je gegevens ziet? Dan trek je je toestemming in. Dat gaat meteen. Vanaf dat moment kan die organisatie je gegevens niet meer bekijken.

## Zien wie keek

In Meedoen kun je zien wie jouw gegevens heeft bekeken of veranderd. Je ziet de datum, de organisatie en wat er is gebeurd.

## Je gegevens downloaden

Je kunt je eigen gegevens downloaden. Zo heb je alles zelf bij de hand.

## Vragen?

Vraag je begeleider om uitleg. Of neem contact op met de privacy-functionaris van de organisatie waar je traject loopt.`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2024-06-04',
    themes: ['privacy', 'selfDirection'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'psychologicalVulnerability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'factsheet-werken-naast-je-uitkering',
    type: 'factsheet',
    title: 'Werken naast je uitkering: waar moet je op letten?',
    summary:
      'Ga je werken terwijl je een uitkering hebt? Dan verandert er iets aan je inkomen. Deze factsheet helpt je om goed voorbereid te beginnen.',
    body: `## Werken loont

Veel mensen zijn bang dat werken niets oplevert of dat ze geld moeten terugbetalen. Met goede uitleg vooraf weet je waar je aan toe bent. Werken geeft bovendien meer dan geld: ritme, collega's en trots.

## Wat verandert er?

- Je loon wordt vaak verrekend met je uitkering. Je krijgt dan minder uitkering, maar meer inkomen in totaal.
- Je toeslagen kunnen veranderen, zoals huurtoeslag of zorgtoeslag.
- Je moet je inkomsten doorgeven aan de gemeente of UWV.

## Voordat je begint

1. Vraag je begeleider om een persoonlijk overzicht van je inkomen.
2. Vraag wat er gebeurt als je meer of minder uren gaat werken.
3. Vraag wat er gebeurt als je werk stopt. Kun je dan terug naar je uitkering?
4. Geef je nieuwe inkomen op tijd door aan de Belastingdienst voor je toeslagen.

## De eerste maand

Je eerste loon komt vaak pas aan het eind van de maand. Je uitkering kan dan al lager zijn. Bespreek met je begeleider hoe je deze periode overbrugt.

## Heb je schulden?

Vertel het je begeleider. Dan kan hij of zij samen met de schuldhulpverlener zorgen dat je rust houdt als je gaat werken.

## Hulp

Je begeleider helpt je met al deze vragen. Je hoeft het niet alleen uit te zoeken.`,
    authors: [],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2021-07-06',
    themes: ['debts', 'instruments', 'selfDirection'],
    domains: ['workAndIncome'],
    targetGroups: ['benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'factsheet-schulden-en-werk',
    type: 'factsheet',
    title: 'Schulden en werk: hulp vragen is slim',
    summary:
      'Heb je schulden en wil je werken? Je bent niet de enige. Lees welke hulp er is en hoe werk en schuldhulp samen kunnen gaan.',
    body: `## Je bent niet de enige

Veel mensen hebben schulden. Dat kan iedereen overkomen. Schulden geven veel stress. Het is moeilijk om aan werk te denken als je elke dag zorgen hebt over geld.

## Waarom hulp vragen?

- Je krijgt overzicht over je schulden.
- Er komt rust, omdat iemand met je meedenkt.
- Je kunt je beter richten op werk.

## Wat kan de gemeente doen?

De gemeente heeft schuldhulpverlening. Een schuldhulpverlener helpt je om je schulden op een rij te zetten. Samen maken jullie een plan. Soms worden afspraken gemaakt met de mensen of bedrijven aan wie je geld moet betalen.

## Werk en schulden samen

Bij ons werken de begeleider voor werk en de schuldhulpverlener samen. Zo hoef je niet te wachten tot je schulden weg zijn voordat je kunt gaan werken.

## Wat als ik ga werken?

- Je begeleider legt uit wat werk betekent voor je inkomen.
- Als er beslag op je loon komt, weet je vooraf wat dat betekent.
- Je werkgever hoort alleen wat nodig is, en alleen als jij dat goed vindt.

## Hoe begin je?

Vertel je begeleider dat je schulden hebt. Of meld je bij het loket van je gemeente. Je kunt ook iemand meenemen naar het eerste gesprek.`,
    authors: [],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2022-10-25',
    themes: ['debts', 'integratedPlan'],
    domains: ['workAndIncome', 'wmo'],
    targetGroups: ['benefitRecipient', 'nugger'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'factsheet-erkenningsniveaus-van-interventies',
    type: 'factsheet',
    title: 'Erkenningsniveaus van interventies in het kort',
    summary:
      'Wat betekent "goed beschreven" of "effectief volgens eerste aanwijzingen"? Een overzicht van de erkenningsniveaus die deze kennisbank gebruikt.',
    body: `## Waarom erkenningsniveaus?

Niet elke aanpak is even goed onderzocht. Erkenningsniveaus laten zien hoeveel bekend is over een aanpak. In Nederland bestaat een gezamenlijk erkenningssysteem voor interventies, waaraan onder meer Movisie bijdraagt. Deze kennisbank gebruikt dezelfde niveaus.

## De niveaus, van laag naar hoog

1. **Goed beschreven.** De aanpak is helder beschreven: aanleiding, doelgroep, doelen, aanpak, randvoorwaarden, overdraagbaarheid en praktijkervaringen. Een praktijkpanel van drie beoordelaars kijkt of de onderdelen samenhangen.
2. **Goed onderbouwd.** Er is ook een onderbouwing met theorie, modellen of literatuur waarom de aanpak zou moeten werken.
3. **Effectief volgens eerste aanwijzingen.** Effectonderzoek wijst op positieve effecten, met indicatieve bewijskracht.
4. **Effectief volgens goede aanwijzingen.** Het effectonderzoek is sterker en de aanwijzingen zijn overtuigender.
5. **Effectief volgens sterke aanwijzingen.** Het hoogste niveau van bewijs.

Voor alle effectniveaus zijn ten minste twee effectstudies nodig. Vanaf goed onderbouwd beoordeelt een erkenningscommissie met vier beoordelaars uit wetenschap en praktijk.

## Geldigheid

Een erkenning als goed beschreven geldt drie jaar. De niveaus voor effectiviteit gelden vijf jaar. Daarna moet een aanpak opnieuw worden beoordeeld.

## Niet beoordeeld

Veel publicaties, handreikingen en praktijkvoorbeelden zijn niet beoordeeld. Dat zegt niets over hun kwaliteit: er is simpelweg geen beoordelingsprocedure doorlopen.

## Let op in deze demo

De beoordelingen in deze demo-kennisbank zijn gedaan door een fictief regionaal panel. Het zijn voorbeelden, geen officiële erkenningen.`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2023-12-12',
    themes: ['measuringImpact'],
    domains: ['workAndIncome', 'care', 'wmo', 'youth'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'factsheet-kerncijfers-ips-midden-utrecht-2025',
    type: 'factsheet',
    title: 'Kerncijfers IPS Midden-Utrecht 2025 (demo)',
    summary:
      'Een overzicht met demo-cijfers van de IPS-teams in de regio: bereik, baanstarts, werkpercentage per kwartaal en baanbehoud. Bedoeld om te laten zien hoe een regionale factsheet eruitziet.',
    body: `## Over deze factsheet

Deze factsheet toont demo-cijfers. Ze zijn verzonnen voor de demonstratie van Meedoen en komen niet uit een echte registratie.

## Bereik

- Deelnemers in een IPS-traject in 2025: 212
- Nieuwe aanmeldingen in 2025: 118
- Aantal IPS-teams: 4

## Werk

- Deelnemers met een eerste baanstart in 2025: 71
- Totaal aantal baanstarts, inclusief tweede en derde banen: 89
- Gemiddeld aantal uren per week in de eerste baan: 17

## Werkpercentage per kwartaal

Het werkpercentage is het aandeel deelnemers in de caseload dat in het kwartaal regulier betaald werk had.

| kwartaal | werkpercentage |
| --- | --- |
| Q1 | 34% |
| Q2 | 37% |
| Q3 | 39% |
| Q4 | 41% |

## Baanbehoud

Van de deelnemers die in 2024 aan het werk gingen, werkte na zes maanden 68% nog, en na twaalf maanden 54%. De regio gebruikt als definitie van duurzaam: betaald werk bij een reguliere werkgever, ten minste twaalf uur per week.

## Modelgetrouwheid

Drie van de vier teams scoorden in hun laatste fidelityreview 100 punten of meer (goede modelgetrouwheid).

## Kleine aantallen

Cijfers per gemeente staan niet in deze factsheet, omdat de aantallen per gemeente te klein zijn om te publiceren.`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk', 'GGZ Midden-Utrecht'],
    publishedOn: '2026-03-10',
    themes: ['ips', 'measuringImpact', 'sustainablePlacement'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'factsheet-brugbaan-voor-leerlingen-en-ouders',
    type: 'factsheet',
    title: 'Brugbaan: informatie voor leerlingen en ouders',
    summary:
      'Zit je op het praktijkonderwijs of het vso en wil je na school gaan werken? Met een brugbaan kun je direct na school aan de slag. Ook voor ouders.',
    body: `## Wat is een brugbaan?

Een brugbaan is een echte baan met een contract en loon. Je begint direct na school. Vaak is het bij het bedrijf waar je stage hebt gelopen.

## Voor wie?

Voor leerlingen van het praktijkonderwijs en het voortgezet speciaal onderwijs die na school willen werken.

## Hoe gaat het?

1. In je voorlaatste schooljaar praat je met school over werk.
2. Je loopt stage bij een bedrijf dat past bij wat jij wilt.
3. School, gemeente en werkgever maken afspraken.
4. Je tekent een contract.
5. Na school begin je meteen met werken.

## Hulp op je werk

Je krijgt het eerste jaar hulp van een jobcoach. Die helpt je als iets moeilijk is. Ook je school blijft nog even contact houden.

## Voor ouders

- Uw kind krijgt loon. Soms krijgt de werkgever daarvoor subsidie van de gemeente.
- Uw kind staat misschien in het doelgroepregister. Dat helpt werkgevers om uw kind aan te nemen.
- U kunt meepraten over de keuzes. Uw kind beslist zelf mee.

## Vragen?

Stel ze aan de stagebegeleider of mentor op school. Zij weten wie je verder kan helpen.`,
    authors: [],
    organisations: ['Praktijkschool De Brug'],
    publishedOn: '2024-09-24',
    themes: ['youngPeople', 'learningRoutes'],
    domains: ['youth', 'workAndIncome'],
    targetGroups: ['praktijkVsoPupil'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'factsheet-aan-het-werk-als-statushouder',
    type: 'factsheet',
    title: 'Aan het werk als statushouder: zo helpen wij',
    summary:
      'Ben je statushouder en wil je werken? Deze factsheet vertelt welke hulp de gemeente en het werkbedrijf bieden, van taal leren tot je eerste baan.',
    body: `## Werken in Nederland

Je wilt graag werken en geld verdienen. Dat is goed. Werken helpt ook om de taal te leren en mensen te leren kennen. Wij helpen je daarbij.

## Welke hulp is er?

- **Een vaste begeleider.** Die helpt je met je plan voor werk en taal.
- **Taal en werk samen.** Je kunt al werken of werkervaring opdoen terwijl je Nederlands leert.
- **Werkervaringsplaats.** Je werkt een tijd bij een bedrijf om ervaring op te doen. Je houdt je uitkering.
- **Opleiding.** Je kunt een opleiding doen, bijvoorbeeld in de zorg, techniek of groenvoorziening.
- **Je diploma's.** We kijken samen of je diploma's uit je land van herkomst hier iets waard zijn.

## Hoe gaat het?

1. Je hebt een gesprek met je begeleider over wat je kunt en wilt.
2. Samen maken jullie een plan.
3. Je begint met werk, taal of een opleiding. Vaak alles tegelijk.
4. Je begeleider blijft je helpen, ook als je een baan hebt.

## Inburgering

Je moet ook inburgeren. We zorgen dat je werk en inburgering goed kunt combineren.

## Gezondheid

Heb je veel stress of slaap je slecht? Vertel het je begeleider of huisarts. Er is hulp.

## Contact

Vraag je klantmanager bij de gemeente naar een afspraak met het werkbedrijf.`,
    authors: [],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2020-12-01',
    themes: ['statusHolders', 'workExperience', 'learningRoutes'],
    domains: ['workAndIncome'],
    targetGroups: ['statusHolder'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['workExperience'],
  },
  // ---------------------------------------------------------------- praktijkvoorbeelden (20)
  {
    slug: 'praktijk-van-thuiszitten-naar-de-bakkerij',
    type: 'practiceExample',
    title: 'Van thuiszitten naar de bakkerij: Ahmed vond werk met IPS',
    summary:
      'Ahmed zat drie jaar thuis door psychische klachten. Met hulp van zijn IPS-specialist vond hij werk bij Bakkerij De Korenschoof. Een verhaal over kiezen, durven en doorzetten.',
    body: `## Wie is Ahmed?

Ahmed (34) woont in Nieuwegein. Na een zware periode met psychische klachten zat hij drie jaar thuis. Hij had een bijstandsuitkering en was in behandeling bij de GGZ.

## De eerste stap

Zijn behandelaar vroeg of hij wilde werken. "Ik dacht: dat lukt mij toch niet," zegt Ahmed. Toch meldde hij zich aan voor IPS. In het eerste gesprek vroeg IPS-specialist Esra wat hij graag zou doen. "Ik zei: iets met eten maken. Vroeger bakte ik altijd brood met mijn moeder."

## Snel op zoek

Esra ging meteen aan de slag. Ze bezocht drie bakkerijen in de buurt. Bij Bakkerij De Korenschoof was de eigenaar nieuwsgierig. Na een kennismaking mocht Ahmed twee ochtenden meedraaien.

## Aan het werk

Nu werkt Ahmed twintig uur per week in de bakkerij. Hij begint vroeg, en dat past goed bij hem. "Ik slaap beter nu ik een ritme heb," vertelt hij.

## Wat hielp?

- Esra luisterde naar wat Ahmed zelf wilde.
- Ze legde uit wat werken betekende voor zijn uitkering.
- Ahmed koos zelf wat hij de werkgever vertelde over zijn klachten.
- Esra komt nog steeds langs als Ahmed dat wil.

## De werkgever

"Ahmed is betrouwbaar en leergierig," zegt de eigenaar. "Ik wist eerst niet wat ik kon verwachten. Maar Esra was altijd bereikbaar voor vragen."`,
    authors: ['F. Yilmaz'],
    organisations: ['GGZ De Linde'],
    publishedOn: '2024-07-09',
    themes: ['ips', 'mentalHealth', 'sustainablePlacement'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'praktijk-zorggroep-maakt-nieuwe-functies',
    type: 'practiceExample',
    title: 'Zorggroep Het Anker maakt nieuwe functies met jobcarving',
    summary:
      'De verzorgenden van Zorggroep Het Anker hadden te weinig tijd voor de bewoners. Door taken anders te verdelen, ontstonden drie nieuwe banen voor mensen met een arbeidsbeperking.',
    body: `## Het probleem

Bij Zorggroep Het Anker in Zeist hadden de verzorgenden het druk. Ze deden veel taken die niet met zorg te maken hadden: bedden opmaken, koffie rondbrengen, de voorraad aanvullen. "We kwamen niet toe aan een praatje met de bewoners," zegt teamleider Marieke.

## De aanpak

Samen met een werkgeversadviseur keek het team naar alle taken op een dag. Welke taken kosten veel tijd? En welke kan iemand anders doen? Zo ontstond een lijst met taken voor een nieuwe functie: medewerker facilitair.

## De nieuwe collega's

Inmiddels werken drie nieuwe collega's bij Het Anker. Eén van hen is Jeroen (27). Hij heeft een verstandelijke beperking en werkte eerder bij het werkbedrijf. "Ik vind het fijn dat ik weet wat ik moet doen. Elke ochtend begin ik met de koffie."

## Wat is er geregeld?

- De gemeente geeft loonkostensubsidie.
- Een jobcoach kwam de eerste maanden vaak langs.
- Elke nieuwe collega heeft een vaste collega als maatje.

## Het resultaat

De verzorgenden hebben meer tijd voor de bewoners. En de nieuwe collega's horen er echt bij. "Jeroen is niet meer weg te denken," zegt Marieke.

## Tip van Marieke

"Begin klein. Laat het team zelf meedenken over welke taken ze willen afstaan. Dan voelt iedereen zich eigenaar."`,
    authors: ['R. Visser'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2022-05-31',
    themes: ['jobCarving', 'employerServices', 'careAndWork'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['other', 'jobCoaching'],
  },
  {
    slug: 'praktijk-brugbaan-in-houten',
    type: 'practiceExample',
    title: 'Brugbaan in Houten: Lotte werkt na het praktijkonderwijs in de zorg',
    summary:
      'Lotte liep stage bij een woonzorgcentrum in Houten. Na haar laatste schooldag begon ze daar meteen met een betaalde baan. School, gemeente en werkgever werkten samen.',
    body: `## Over Lotte

Lotte (18) zat op het praktijkonderwijs in Houten. Ze wist al jong dat ze iets met mensen wilde doen. "Ik help graag. Ik vind het leuk om met oudere mensen te praten."

## De stage

In haar laatste schooljaar liep Lotte stage bij een woonzorgcentrum. Ze hielp bij de maaltijden en bij activiteiten voor de bewoners. Haar stagebegeleider zag dat het goed ging. "Lotte was altijd op tijd en de bewoners waren dol op haar."

## Van stage naar baan

De school vroeg het woonzorgcentrum of Lotte daar kon blijven werken. Het woonzorgcentrum wilde graag. De gemeente regelde loonkostensubsidie en een jobcoach. Lotte tekende haar eerste contract nog voordat de zomervakantie begon.

## Het eerste jaar

Na de zomer begon Lotte met werken. Vier dagen per week, zes uur per dag. Haar jobcoach Sevda kwam eerst elke week langs. Nu nog eens per maand. "Als ik iets moeilijk vind, kan ik Sevda altijd appen."

## Wat maakte het verschil?

- Lotte kon blijven bij een plek die ze al kende.
- Er zat geen pauze tussen school en werk.
- Haar ouders werden goed geïnformeerd over loon en uitkering.

## Lotte over haar werk

"Ik verdien nu mijn eigen geld. Ik spaar voor een scooter. En ik ben trots dat ik hier werk."`,
    authors: ['K. Hoekstra'],
    organisations: ['Praktijkschool De Brug'],
    publishedOn: '2023-01-10',
    themes: ['youngPeople', 'learningRoutes', 'jobCoaching'],
    domains: ['youth', 'workAndIncome'],
    targetGroups: ['praktijkVsoPupil'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['learningRoute', 'jobCoaching'],
  },
  {
    slug: 'praktijk-wep-trein-nieuwegein',
    type: 'practiceExample',
    title: 'Met de WEP-trein weer op de rails in Nieuwegein',
    summary:
      'Na jaren zonder werk stapte Karin in de WEP-trein van het werkbedrijf. Via twee werkervaringsplaatsen kwam ze bij een groothandel terecht, nu met een vast contract.',
    body: `## Lang zonder werk

Karin (52) uit Nieuwegein had al zeven jaar geen werk. Ze had een bijstandsuitkering. "Ik had het gevoel dat niemand mij meer wilde hebben."

## Instappen

Haar klantmanager vertelde over de WEP-trein. Dat is een route langs werkervaringsplaatsen. Karin begon bij het werkbedrijf, in de inpakafdeling. "Het was wennen om weer elke dag op tijd te zijn. Maar het voelde goed."

## Doorrijden

Na vier maanden ging Karin naar een werkervaringsplaats bij een groothandel in kantoorartikelen. Ze hielp met orders verzamelen en inpakken. Haar begeleider kwam regelmatig langs om te kijken hoe het ging.

## Uitstappen

De groothandel was tevreden. Na de werkervaringsplaats kreeg Karin een contract voor een half jaar. Inmiddels heeft ze een vast contract.

## Wat hielp Karin?

- Vanaf het begin was duidelijk wat het doel was: betaald werk.
- De groepsdagen met andere deelnemers gaven steun.
- Haar begeleider hielp bij het gesprek over het contract.
- Ze kreeg een praktijkverklaring voor orderpicken.

## Karin nu

"Ik heb weer collega's en ik verdien mijn eigen geld. Mijn kleinkinderen zijn trots op me. Dat is het mooiste."`,
    authors: ['T. Smit'],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2022-11-08',
    themes: ['workExperience', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['workExperience'],
  },
  {
    slug: 'praktijk-eerst-rust-in-de-schulden-dan-werk',
    type: 'practiceExample',
    title: 'Eerst rust in de schulden, dan werk: het verhaal van Marco',
    summary:
      'Marco had veel schulden en durfde geen werk aan te nemen. Met de duo-aanpak van trajectbegeleider en schuldhulpverlener kreeg hij rust en een baan als chauffeur.',
    body: `## Geldzorgen

Marco (41) uit Woerden had schulden bij verschillende bedrijven. Elke dag kwamen er brieven. "Ik opende de post niet meer. Ik was bang voor wat erin stond."

## Bang voor werk

Marco wilde graag werken, maar hij was bang dat zijn loon meteen naar de schuldeisers zou gaan. "Waarom zou ik werken als ik er niets aan overhoud?"

## De duo-aanpak

Marco kreeg hulp van twee mensen tegelijk: trajectbegeleider Sander en schuldhulpverlener Nadia. Ze voerden het eerste gesprek samen. Nadia maakte een overzicht van de schulden. Sander vroeg wat voor werk Marco wilde doen.

## Stap voor stap

- Nadia regelde dat de vaste lasten op tijd werden betaald.
- Sander zocht ondertussen naar werk als chauffeur.
- Samen rekenden ze uit wat Marco zou overhouden als hij ging werken.

## Een baan

Na drie maanden kon Marco beginnen als bezorger bij een bedrijf in de regio. Sander en Nadia spraken met hem af wat hij aan de werkgever zou vertellen over het loonbeslag. "De werkgever deed er niet moeilijk over. Dat was een opluchting."

## Nu

Marco heeft nog schulden, maar hij heeft een plan. "Ik open mijn post weer. En ik ga elke dag met plezier naar mijn werk."`,
    authors: ['N. Boukhari'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2023-05-23',
    themes: ['debts', 'integratedPlan'],
    domains: ['workAndIncome', 'wmo'],
    targetGroups: ['benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'praktijk-yonas-leert-het-vak-als-hovenier',
    type: 'practiceExample',
    title: 'Yonas leert het vak als hovenier',
    summary:
      'Yonas kwam vier jaar geleden naar Nederland. Bij een hoveniersbedrijf in Stichtse Vecht leert hij het vak en de taal tegelijk. Inmiddels heeft hij een leerbaan.',
    body: `## Nieuw in Nederland

Yonas (29) komt uit Eritrea. Hij woont sinds vier jaar in Stichtse Vecht. In zijn land werkte hij op het land van zijn familie. "Ik werk graag buiten, met mijn handen."

## Werkervaringsplaats

Via het werkbedrijf kreeg Yonas een werkervaringsplaats bij een hoveniersbedrijf. Hij hielp bij het aanleggen en onderhouden van tuinen. Eén keer per week kwam een taalcoach naar het bedrijf.

## Taal op het werk

"In het begin begreep ik weinig," vertelt Yonas. "Maar mijn collega's lieten me zien hoe het moest. En de taalcoach leerde me de woorden: schoffel, snoeischaar, bestrating." Zijn collega Henk zegt: "We praten gewoon Nederlands met hem. Langzaam, maar wel Nederlands."

## Een leerbaan

Na een half jaar bood het bedrijf Yonas een leerbaan aan. Hij werkt nu vier dagen en gaat één dag naar school voor een mbo-opleiding groen.

## Wat hielp?

- Werk en taal tegelijk leren.
- Een collega die geduld heeft.
- Een rooster waarin ook de inburgeringslessen pasten.
- Een begeleider die bleef meedenken.

## De toekomst

"Later wil ik misschien mijn eigen bedrijf," lacht Yonas. "Maar eerst mijn diploma."`,
    authors: ['A. El Idrissi'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2021-08-31',
    themes: ['statusHolders', 'workExperience', 'learningRoutes'],
    domains: ['workAndIncome'],
    targetGroups: ['statusHolder'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['workExperience', 'learningRoute'],
  },
  {
    slug: 'praktijk-een-plan-voor-het-hele-gezin-zeist',
    type: 'practiceExample',
    title: 'Eén plan voor het hele gezin in Zeist',
    summary:
      'Een moeder met drie kinderen had te maken met jeugdhulp, Wmo, schulden en een bijstandsuitkering. Een gezamenlijk plan bracht rust en een eerste baan.',
    body: `## Veel hulpverleners

Samira (38) woont met haar drie kinderen in Zeist. Haar oudste zoon kreeg jeugdhulp. Zijzelf had hulp via de Wmo. Er waren schulden, en ze had een bijstandsuitkering. "Ik had zes verschillende hulpverleners. Iedereen wilde iets anders van me."

## Eén gesprek

De Wmo-consulent stelde voor om één gesprek te houden met iedereen erbij. Samira vond het eerst spannend. Maar ze stemde in. Aan haar keukentafel zaten de Wmo-consulent, de jeugdhulpverlener en een klantmanager werk.

## Eén plan

Samen maakten ze één plan. Met doelen voor Samira, voor haar zoon en voor het gezin. Eén persoon werd haar vaste contactpersoon. "Eindelijk hoefde ik mijn verhaal niet steeds opnieuw te vertellen."

## Stap voor stap

- Eerst kwam er rust in de schulden.
- Daarna zocht Samira samen met de klantmanager naar werk dat paste bij de schooltijden.
- Haar zoon kreeg hulp op school.

## Een baan

Nu werkt Samira zestien uur per week bij een kinderopvang. "Ik werk als de kinderen op school zijn. Het gaat goed."

## Toestemming

Samira besliste zelf welke informatie de hulpverleners met elkaar mochten delen. "Dat vond ik belangrijk. Het gaat tenslotte over mijn gezin."`,
    authors: ['E. de Graaf'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2021-11-30',
    themes: ['integratedPlan', 'careAndWork', 'debts', 'privacy'],
    domains: ['youth', 'wmo', 'workAndIncome'],
    targetGroups: ['benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'praktijk-na-twintig-jaar-weer-aan-het-werk',
    type: 'practiceExample',
    title: 'Na twintig jaar zorgen voor haar kinderen weer aan het werk',
    summary:
      'Ingrid zorgde twintig jaar voor haar gezin en had geen uitkering. Via een inloopspreekuur van de gemeente vond ze de weg naar een opleiding en werk in de thuiszorg.',
    body: `## Thuis voor het gezin

Ingrid (49) uit De Bilt stopte met werken toen haar eerste kind werd geboren. Twintig jaar lang zorgde ze voor haar gezin. Ze had geen uitkering, omdat haar man werkte. "Toen de kinderen het huis uit gingen, wilde ik iets voor mezelf."

## Waar begin je?

Ingrid wist niet waar ze moest beginnen. "Ik dacht dat de gemeente alleen mensen met een uitkering helpt." In de bibliotheek zag ze een poster van een inloopspreekuur over werk. Ze ging kijken.

## Het spreekuur

Bij het spreekuur hoorde ze dat ze als niet-uitkeringsgerechtigde ook hulp kon krijgen. Een klantmanager vroeg wat ze graag wilde. "Iets met mensen. Ik heb jaren voor mijn schoonmoeder gezorgd."

## Het voortraject

Ingrid begon met een voortraject in de zorg. Ze liep mee in de thuiszorg en kreeg lessen. Daarna startte ze met een BBL-opleiding. Ze werkt en leert tegelijk.

## Wat hielp?

- Het spreekuur was dichtbij en laagdrempelig.
- Ze kon eerst proeven aan het werk.
- Ze leerde in een groep met andere herintreders.

## Nu

"Ik ben weer iemand met een eigen baan. Dat geeft zoveel energie," zegt Ingrid.`,
    authors: ['H. van den Berg'],
    organisations: ['Werkbedrijf Midden-Utrecht'],
    publishedOn: '2024-03-26',
    themes: ['learningRoutes', 'careAndWork', 'selfDirection'],
    domains: ['workAndIncome', 'wmo', 'care'],
    targetGroups: ['nugger', 'careerSwitcher'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'praktijk-van-logistiek-naar-de-thuiszorg',
    type: 'practiceExample',
    title: 'Van logistiek naar de thuiszorg: Dennis stapte over',
    summary:
      'Dennis kon door rugklachten niet meer in het magazijn werken. Met een taakbrigade in de thuiszorg vond hij een nieuw vak, dat beter past bij zijn lichaam.',
    body: `## Een nieuw vak nodig

Dennis (45) uit IJsselstein werkte twintig jaar in een magazijn. Door rugklachten kon hij dat werk niet meer doen. "Tillen ging gewoon niet meer. Ik moest iets anders."

## Wat nu?

Dennis had een WW-uitkering en wist niet wat hij wilde. Zijn adviseur vroeg wat hij belangrijk vond. "Ik wil iets betekenen voor anderen," zei Dennis. "Dat had ik nooit eerder gezegd."

## De taakbrigade

Dennis startte in een taakbrigade in de thuiszorg. Daar leerde hij in korte tijd een afgebakend pakket taken: huishoudelijke ondersteuning en hulp bij dagelijkse dingen. Hij werkte in een vast team met een teamleider.

## Rekening houden met zijn rug

Samen met de teamleider keek Dennis welke taken goed gingen voor zijn rug. Zwaar tilwerk doet hij niet. Hij heeft een aangepast rooster met afwisseling tussen taken.

## Een certificaat

Na een paar maanden kreeg Dennis een mbo-certificaat. Nu werkt hij 28 uur per week in de thuiszorg. "Mijn cliënten kijken naar me uit. Dat had ik in het magazijn nooit."

## Tips van Dennis

- Durf iets nieuws te proberen.
- Vertel eerlijk wat je lichaam wel en niet kan.
- Vraag om een certificaat, dan heb je iets in handen.`,
    authors: ['G. Peters'],
    organisations: ['Zorggroep Het Anker'],
    publishedOn: '2025-02-25',
    themes: ['learningRoutes', 'careAndWork'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['careerSwitcher', 'workDisability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'praktijk-werkgever-over-de-no-riskpolis',
    type: 'practiceExample',
    title: 'Werkgever vertelt: daarom gebruik ik de no-riskpolis',
    summary:
      'De eigenaar van een fietsenwinkel in Wijk bij Duurstede was bang voor verzuim. De no-riskpolis gaf hem het vertrouwen om een werknemer met een arbeidsbeperking aan te nemen.',
    body: `## Twijfel

Bas heeft een fietsenwinkel in Wijk bij Duurstede. Hij zocht een monteur. Via het werkgeversservicepunt kwam hij in contact met Tim (31). Tim heeft epilepsie en staat in het doelgroepregister. "Ik twijfelde," vertelt Bas. "Wat als hij vaak ziek is? Voor een klein bedrijf is dat een groot risico."

## De no-riskpolis

De werkgeversadviseur legde uit hoe de no-riskpolis werkt. Als Tim ziek wordt, krijgt Bas een uitkering van UWV. Daarmee betaalt hij het loon door. "Toen ik dat hoorde, was mijn grootste zorg weg."

## De start

Tim begon met een proefplaatsing van twee maanden. Bas zag al snel dat Tim goed was in zijn werk. Na de proefplaatsing kreeg Tim een contract.

## Hoe gaat het nu?

Tim werkt nu twee jaar in de winkel. Hij is een paar keer kort ziek geweest. "De ziekmelding bij UWV was eenvoudig," zegt Bas. "Maar eerlijk gezegd: Tim is niet vaker ziek dan mijn andere monteur."

## Advies van Bas

- Laat je goed informeren over de regelingen.
- Kijk naar wat iemand kan, niet naar de beperking.
- Houd contact met je werkgeversadviseur.

## Tim

"Ik ben blij dat Bas me een kans gaf. Ik sleutel al aan fietsen sinds ik klein ben."`,
    authors: ['P. van Dijk'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2023-09-05',
    themes: ['instruments', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'praktijk-jobcoach-in-het-distributiecentrum',
    type: 'practiceExample',
    title: 'Jobcoach helpt Kim in het distributiecentrum',
    summary:
      "Kim heeft autisme en vond het moeilijk om te wennen aan een nieuwe baan. Haar jobcoach hielp haar en haar collega's om een goede werkplek te maken.",
    body: `## De nieuwe baan

Kim (24) heeft autisme. Ze begon in een distributiecentrum in Nieuwegein als orderpicker. Ze is precies en werkt snel. Maar de eerste weken waren zwaar. "Het was druk en rumoerig. En ik wist niet wie ik iets kon vragen."

## De jobcoach

Jobcoach Ilse kwam de eerste weken twee keer per week langs. Ze keek mee op de werkvloer en praatte met Kim en haar leidinggevende.

## Kleine aanpassingen

Samen bedachten ze een paar oplossingen:

- Kim krijgt een vast looppad in het magazijn.
- Ze draagt een koptelefoon tegen het lawaai.
- Ze heeft elke ochtend een kort gesprek met dezelfde collega over de planning van die dag.
- Veranderingen in het rooster hoort ze een week van tevoren.

## Uitleg aan collega's

Met toestemming van Kim vertelde Ilse aan het team wat autisme voor Kim betekent. "Sindsdien begrijpen ze beter waarom ik soms even alleen wil pauzeren."

## Nu

Kim werkt nu een jaar in het distributiecentrum. Ilse komt nog één keer per maand. "Als er iets verandert, bel ik haar. Dan lossen we het samen op."

## De leidinggevende

"Kim is een van onze beste pickers. De tips van de jobcoach hielpen het hele team."`,
    authors: ['W. Kramer'],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2022-08-09',
    themes: ['jobCoaching', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['jobCoaching'],
  },
  {
    slug: 'praktijk-een-dag-met-een-ips-specialist',
    type: 'practiceExample',
    title: 'Een dag met een IPS-specialist',
    summary:
      'Wat doet een IPS-specialist eigenlijk op een werkdag? Pieter neemt ons mee langs het teamoverleg, twee werkgevers en een deelnemer die net aan het werk is.',
    body: `## 8.30 uur: teamoverleg

Pieter is IPS-specialist bij een GGZ-team in Utrecht. Zijn dag begint met het teamoverleg. Hij zit aan tafel met psychiaters, verpleegkundigen en andere behandelaars. "We bespreken wie er aan werk wil en hoe het gaat met mensen die al werken."

## 10.00 uur: werkgeversbezoek

Daarna fietst Pieter naar een drukkerij. Een van zijn deelnemers wil graag in de grafische sector werken. Pieter vraagt de eigenaar naar het werk en welke taken er zijn. "Ik kom niet met een cv binnen. Ik wil eerst het bedrijf leren kennen."

## 12.00 uur: lunch en administratie

Pieter legt zijn werkgeverscontacten vast. Deze week heeft hij er al vijf.

## 13.30 uur: gesprek met Fenna

Fenna is vorige maand begonnen in een boekwinkel. Ze vindt het leuk, maar ze is 's avonds erg moe. Samen kijken ze of ze haar uren anders kan verdelen. Pieter biedt aan om met haar leidinggevende te praten.

## 15.00 uur: een tweede werkgever

Pieter bezoekt een hotel. Een andere deelnemer wil graag in de keuken werken. De chef is enthousiast en wil kennismaken.

## 16.30 uur: afronden

Pieter heeft twintig mensen in zijn caseload. "Meer zou niet gaan. Dan heb ik geen tijd meer om bij werkgevers langs te gaan."

## Wat vindt Pieter mooi?

"Dat mensen die jarenlang dachten dat werken er niet meer in zat, nu trots vertellen over hun baan."`,
    authors: ['Y. Demir'],
    organisations: ['GGZ De Linde'],
    publishedOn: '2025-04-15',
    themes: ['ips', 'employerServices', 'mentalHealth'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'praktijk-taakbrigade-snel-aan-de-slag',
    type: 'practiceExample',
    title: 'Taakbrigade: in korte tijd aan de slag in de thuiszorg',
    summary:
      'Tien deelnemers startten samen in een taakbrigade in de thuiszorg. Ze leerden in de praktijk en kregen een certificaat. Drie deelnemers vertellen hoe het ging.',
    body: `## Samen beginnen

In het voorjaar startten tien deelnemers in een taakbrigade van Zorggroep Het Anker. Ze hadden allemaal een andere achtergrond. Sommigen hadden een uitkering, anderen kwamen uit een andere sector.

## Fatma: "De groep gaf me kracht"

Fatma (36) had nooit in de zorg gewerkt. "Ik was zenuwachtig. Maar we deden alles samen. Als iemand het moeilijk had, hielpen de anderen."

## Rob: "Leren door te doen"

Rob (50) werkte eerder als beveiliger. "Ik ben geen schoolmens. Hier leerde ik vooral in de praktijk. Dat past bij mij."

## Nicole: "Eindelijk een papiertje"

Nicole (29) heeft een lichte verstandelijke beperking. Ze haalde nooit een diploma. "Nu heb ik een mbo-certificaat. Dat had ik nooit gedacht."

## Hoe werkte het?

- Het team werkte vanaf de eerste week bij cliënten thuis.
- Eén dag per week waren er lessen.
- Een vaste teamleider begeleidde de groep.
- Aan het eind kregen de deelnemers een certificaat.

## Het resultaat

Acht van de tien deelnemers werken nog steeds in de thuiszorg. Twee deelnemers gaan verder met een BBL-opleiding.

## De teamleider

"Ze brengen veel levenservaring mee. Cliënten merken dat."`,
    authors: ['G. Peters'],
    organisations: ['Zorggroep Het Anker'],
    publishedOn: '2024-10-22',
    themes: ['learningRoutes', 'careAndWork'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['benefitRecipient', 'careerSwitcher', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['learningRoute'],
  },
  {
    slug: 'praktijk-werkgeversservicepunt-helpt-hotel',
    type: 'practiceExample',
    title: "Hoe het werkgeversservicepunt een hotel hielp aan nieuwe collega's",
    summary:
      'Een hotel in Utrechtse Heuvelrug kon geen personeel vinden. Het werkgeversservicepunt hielp met jobcarving en vond vier nieuwe medewerkers met een arbeidsbeperking.',
    body: `## Personeel gezocht

Een hotel in Utrechtse Heuvelrug zocht al maanden personeel. "We hadden vacatures voor housekeeping en keuken, maar niemand reageerde," vertelt manager Linda.

## Eén contactpersoon

Linda belde het werkgeversservicepunt. Werkgeversadviseur Ruud kwam langs. "Hij vroeg eerst naar ons bedrijf. Niet meteen naar de vacatures."

## Taken anders verdelen

Ruud liep een dag mee. Hij zag dat de koks veel tijd kwijt waren aan groenten snijden en afwassen. En dat de housekeeping ook de was vouwde en de voorraad bijhield. Samen maakten ze twee nieuwe functies: keukenhulp en medewerker linnenkamer.

## Vier nieuwe collega's

Via gemeente, UWV en het werkbedrijf vond Ruud vier kandidaten. Na een kennismaking begonnen ze met een proefplaatsing. Alle vier kregen daarna een contract.

## Wat is er geregeld?

- Loonkostensubsidie voor twee medewerkers.
- Een jobcoach voor de eerste maanden.
- De no-riskpolis voor de medewerkers in het doelgroepregister.

## Het resultaat

"De koks hebben meer tijd om te koken. En de sfeer in het team is beter geworden," zegt Linda. "Ik had nooit gedacht dat het zo eenvoudig kon."

## Tip

Ruud: "Werkgevers willen geen ingewikkelde regelingen. Ze willen één persoon die het regelt."`,
    authors: ['R. Visser'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2025-07-01',
    themes: ['employerServices', 'jobCarving', 'instruments'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'praktijk-van-jeugdhulp-naar-een-eerste-baan',
    type: 'practiceExample',
    title: 'Van jeugdhulp naar een eerste baan: Noah (19)',
    summary:
      'Noah kreeg jarenlang jeugdhulp en stopte met school. Rond zijn achttiende dreigde hij uit beeld te raken. Met IPS voor jongeren vond hij werk in een fietsenmakerij en een weg terug naar school.',
    body: `## Uitgevallen

Noah (19) uit Utrecht had het moeilijk op school. Hij had last van angst en somberheid, en kreeg jeugdhulp. Op zijn zeventiende stopte hij met zijn mbo-opleiding. "Ik zat alleen maar op mijn kamer."

## Achttien worden

Toen Noah achttien werd, stopte een deel van zijn jeugdhulp. Zijn behandelaar bij de GGZ was bang dat hij uit beeld zou raken. Ze vroeg of hij iets wilde met werk of school.

## IPS voor jongeren

Noah kreeg een IPS-specialist: Joost. "Joost vroeg wat ik leuk vond. Ik zei: sleutelen aan brommers." Joost zocht een fietsenmakerij in de buurt. Noah mocht daar een middag meedraaien.

## Werk en school

Nu werkt Noah drie dagen per week in de fietsenmakerij. Hij verdient zijn eigen geld. Na de zomer begint hij weer met een opleiding, nu in de techniek. Joost helpt hem met de aanmelding.

## Wat hielp?

- Joost bleef dezelfde begeleider, ook toen de jeugdhulp stopte.
- Noah kon snel beginnen, zonder eerst lange trainingen.
- Zijn moeder werd betrokken omdat Noah dat wilde.

## Noah nu

"Ik heb weer een reden om op te staan. En ik weet nu wat ik wil leren."`,
    authors: ['K. Hoekstra'],
    organisations: ['GGZ De Linde'],
    publishedOn: '2025-10-28',
    themes: ['youngPeople', 'ips', 'mentalHealth'],
    domains: ['youth', 'care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'praktijk-beschut-werk-bij-lekstroom',
    type: 'practiceExample',
    title: 'Beschut werk bij Werkbedrijf Lekstroom: Peter heeft zijn plek gevonden',
    summary:
      'Peter heeft veel structuur en begeleiding nodig. Na een advies van UWV kreeg hij een beschutte werkplek bij het werkbedrijf. Hij werkt er nu met plezier in de fietsenwerkplaats.',
    body: `## Wie is Peter?

Peter (37) uit Houten heeft een verstandelijke beperking en autisme. Hij werkte eerder bij verschillende werkgevers, maar dat ging steeds mis. "Het was te druk, te veel veranderingen."

## Beschut werk

Zijn klantmanager bij de gemeente vroeg een advies beschut werk aan bij UWV. UWV keek naar wat Peter nodig heeft. Het advies was positief: Peter kan werken, maar alleen met veel begeleiding en in een rustige omgeving.

## De werkplek

Peter werkt nu bij Werkbedrijf Lekstroom, in de fietsenwerkplaats. Hij repareert fietsen voor een fietsverhuurbedrijf. Hij heeft een contract en krijgt loon.

## Wat helpt Peter?

- Een vaste werkbegeleider die hij elke dag ziet.
- Elke dag hetzelfde ritme.
- Een eigen werkbank met zijn eigen gereedschap.
- Duidelijke uitleg met foto's van elke stap.

## Ontwikkeling

Peter leert steeds meer. Hij kan nu ook lastige reparaties doen. Zijn begeleider kijkt samen met hem of hij later een deel van de week bij het verhuurbedrijf zelf kan werken.

## Peter over zijn werk

"Ik ben goed in fietsen maken. Hier weet ik wat ik moet doen. En mijn collega's zijn aardig."`,
    authors: ['T. Smit'],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2020-07-14',
    themes: ['instruments', 'workExperience', 'sustainablePlacement'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['other'],
  },
  {
    slug: 'praktijk-zelf-je-plan-bijhouden',
    type: 'practiceExample',
    title: 'Zelf je plan bijhouden: ervaringen van deelnemers',
    summary:
      'Sinds deelnemers hun eigen plan en afspraken online kunnen bekijken, voelen zij zich meer betrokken. Drie deelnemers vertellen over hun ervaringen.',
    body: `## Zelf inzien

Deelnemers van het werkbedrijf kunnen hun eigen plan online bekijken. Ze zien hun doelen, hun afspraken en de vacatures die bij hen passen. Ze kunnen ook zelf hun werkwensen aanvullen. En ze kunnen zien wie hun gegevens heeft bekeken.

## Mirjam: "Ik vergeet niets meer"

Mirjam (44) heeft last van haar geheugen door een hersenletsel. "Vroeger vergat ik afspraken. Nu kijk ik elke ochtend even in mijn plan. Dan weet ik wat ik die dag moet doen."

## Hassan: "Ik weet wie er meekijkt"

Hassan (33) vond het spannend dat verschillende organisaties informatie over hem hadden. "Nu zie ik precies wie mijn gegevens heeft bekeken. En ik kan zelf kiezen welke organisatie wat mag zien. Dat geeft me rust."

## Joyce: "Het is echt mijn plan"

Joyce (26) schreef haar werkwensen zelf in het systeem. "Mijn begeleider en ik hebben het plan samen gemaakt. In gewone taal, niet in moeilijke woorden. Ik snap nu wat er staat."

## Wat zeggen begeleiders?

Begeleiders merken dat deelnemers beter voorbereid naar gesprekken komen. "Ze hebben al nagedacht over hun doelen," zegt trajectbegeleider Karim. "Dat maakt het gesprek beter."

## Aandachtspunt

Niet iedereen is handig met de computer. Voor hen is er uitleg en hulp bij de balie.`,
    authors: ['C. Dekker'],
    organisations: ['Werkbedrijf Lekstroom'],
    publishedOn: '2026-01-13',
    themes: ['selfDirection', 'privacy'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'benefitRecipient'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'praktijk-vijf-gemeenten-leren-samen',
    type: 'practiceExample',
    title: 'Vijf gemeenten leren samen in een leergang',
    summary:
      'Vijf gemeenten in de regio volgden samen een leergang over integraal werken aan participatie. Ze leerden van elkaar en startten elk een eigen verbeterproject.',
    body: `## De leergang

Vijf gemeenten in Midden-Utrecht volgden een jaar lang samen een leergang. Het thema: hoe werken zorg, welzijn en werk beter samen? Per gemeente deden een beleidsmaker, een klantmanager en een Wmo-consulent mee.

## Hoe werkte het?

- Zes bijeenkomsten, elke keer bij een andere gemeente.
- Tussen de bijeenkomsten werkte elke gemeente aan een eigen project.
- Een begeleider van de kenniswerkplaats hielp bij het project.
- Alle materialen kwamen in de kennisbank.

## De projecten

- **Houten** begon met gezamenlijke keukentafelgesprekken van Wmo en werk.
- **Lopik** maakte een sociale kaart met één contactpersoon per organisatie.
- **Montfoort** startte een inloopspreekuur over werk in de bibliotheek.
- **Oudewater** en **Bunnik** werkten samen aan een aanpak voor jongeren na school.

## Wat leverde het op?

"We kenden elkaar eerst niet," zegt een klantmanager. "Nu bellen we elkaar gewoon als we een vraag hebben."

Een Wmo-consulent: "Ik vraag nu bij elk gesprek naar werk. Dat deed ik eerst nooit."

## Geleerde lessen

- Begin met een klein, concreet project.
- Zorg dat een leidinggevende het project steunt.
- Neem de tijd om elkaars werk te leren kennen.

## Vervolg

De gemeenten blijven elkaar ontmoeten in het regionale leernetwerk.`,
    authors: ['M. Bakker'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2022-12-20',
    themes: ['regionalCooperation', 'careAndWork', 'integratedPlan'],
    domains: ['wmo', 'workAndIncome', 'youth'],
    targetGroups: ['benefitRecipient', 'nugger', 'praktijkVsoPupil'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
  },
  {
    slug: 'praktijk-ons-ips-team-na-de-eerste-fidelityreview',
    type: 'practiceExample',
    title: 'Ons IPS-team na de eerste fidelityreview',
    summary:
      'Een IPS-team in Zeist kreeg zijn eerste fidelityreview. De score viel tegen. Teamleider Anja vertelt wat het team daarna heeft veranderd.',
    body: `## De eerste review

Anja is teamleider van een IPS-team in Zeist. Een paar maanden na de start van IPS kwamen de reviewers voor de eerste fidelityreview. "We waren zenuwachtig. We wilden het goed doen."

## De uitslag

De score was lager dan het team had gehoopt. Het team zat in de band redelijke modelgetrouwheid. "Eerst was ik teleurgesteld. Maar het rapport was heel duidelijk over wat beter kon."

## De verbeterpunten

- De caseload van twee specialisten was te groot.
- Er waren te weinig werkgeverscontacten per week.
- De specialisten zaten niet bij elk teamoverleg van de behandelaars.

## Wat deed het team?

1. Er kwam een extra specialist bij, zodat niemand meer dan twintig deelnemers heeft.
2. Elke specialist plant nu vaste tijd voor werkgeversbezoeken.
3. De specialisten zitten elke week bij het overleg van het behandelteam.
4. Elke maand bespreekt het team de voortgang op deze punten.

## Het resultaat

Bij de tweede review haalde het team goede modelgetrouwheid. "Belangrijker nog: er zijn meer deelnemers aan het werk," zegt Anja.

## Tip van Anja

"Zie de review niet als een examen. Het is een spiegel. Gebruik het rapport om samen te leren."`,
    authors: ['D. Koster'],
    organisations: ['GGZ Midden-Utrecht'],
    publishedOn: '2026-06-23',
    themes: ['ips', 'measuringImpact'],
    domains: ['care'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['ips'],
  },
  {
    slug: 'praktijk-aangepaste-werkplek-marloes',
    type: 'practiceExample',
    title: 'Een aangepaste werkplek maakte het verschil voor Marloes',
    summary:
      'Marloes zit in een rolstoel en werkt als administratief medewerker. Met een werkplekaanpassing en vervoer naar haar werk kan ze vier dagen per week werken.',
    body: `## Marloes

Marloes (32) uit Montfoort heeft een spierziekte en zit in een rolstoel. Ze heeft een mbo-diploma administratie. "Ik wilde altijd werken. Maar ik vond geen werkgever met een geschikte werkplek."

## De vacature

Via het werkgeversservicepunt kwam Marloes bij een installatiebedrijf in Woerden. Het bedrijf zocht een administratief medewerker. Het kantoor was op de eerste verdieping.

## De aanpassingen

De werkgeversadviseur hielp bij het aanvragen van werkvoorzieningen:

- Een traplift naar de eerste verdieping.
- Een bureau dat in hoogte verstelbaar is.
- Vervoer naar het werk, omdat Marloes niet met het openbaar vervoer kan reizen.

UWV besliste op de aanvraag. Omdat alles vroeg was aangevraagd, kon Marloes snel beginnen.

## Het werk

Marloes werkt nu vier dagen per week. Ze maakt facturen en plant de afspraken van de monteurs. "Ik ben de spil van het bedrijf," lacht ze.

## De werkgever

"De aanpassingen waren minder ingewikkeld dan we dachten," zegt de directeur. "En we hebben er een geweldige collega bij."

## Tip

Vraag werkvoorzieningen zo vroeg mogelijk aan. Dan hoeft niemand te wachten.`,
    authors: ['P. van Dijk'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2019-09-17',
    themes: ['instruments', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
  },
  // ---------------------------------------------------------------- video (8)
  {
    slug: 'video-ips-in-vijf-minuten',
    type: 'video',
    title: 'Video: IPS in vijf minuten uitgelegd',
    summary:
      'Een korte animatie over Individuele Plaatsing en Steun. Wat is IPS, voor wie is het en hoe helpt een IPS-specialist je aan betaald werk?',
    body: `## Over deze video

In deze korte animatie volgen we Sam. Sam heeft psychische klachten en wil graag weer werken. We zien hoe Sam samen met een IPS-specialist op zoek gaat naar een baan die bij hem past.

## Wat zie je?

- **0:00** Sam vertelt dat hij wil werken, maar twijfelt of het lukt.
- **0:45** Sam ontmoet de IPS-specialist. Die vraagt wat Sam zelf wil.
- **1:30** Uitleg over geld: wat betekent werk voor de uitkering?
- **2:15** De specialist bezoekt werkgevers die passen bij de wensen van Sam.
- **3:00** Sam heeft een sollicitatiegesprek.
- **3:45** Sam is aan het werk. De specialist blijft hem steunen.
- **4:30** De belangrijkste punten van IPS op een rij.

## Voor wie?

De video is bedoeld voor werkzoekenden, hun naasten en professionals die IPS willen uitleggen. De video heeft ondertiteling in eenvoudig Nederlands.

## Na het kijken

Praat erover met je behandelaar of begeleider. Vragen om te bespreken:

1. Welk werk zou jij graag doen?
2. Wat zou je nodig hebben om te beginnen?
3. Wat wil je weten over je uitkering als je gaat werken?

## Meer lezen

In de kennisbank vind je ook de factsheet "Wat is IPS? Uitleg voor werkzoekenden".`,
    authors: [],
    organisations: ['GGZ Midden-Utrecht'],
    publishedOn: '2020-10-27',
    themes: ['ips', 'mentalHealth'],
    domains: ['care', 'workAndIncome'],
    targetGroups: ['psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: 'https://video.example.org/video-ips-in-vijf-minuten',
    approaches: ['ips'],
  },
  {
    slug: 'video-werkgevers-over-inclusief-werken',
    type: 'video',
    title: 'Video: werkgevers over inclusief werken',
    summary:
      'Vier werkgevers uit de regio vertellen waarom zij werknemers met een arbeidsbeperking in dienst hebben, wat hen verraste en wat zij andere werkgevers aanraden.',
    body: `## Over deze video

In deze video van twaalf minuten komen vier werkgevers aan het woord: een bakkerij, een zorgorganisatie, een hotel en een installatiebedrijf. Zij hebben allemaal werknemers met een arbeidsbeperking of psychische kwetsbaarheid in dienst.

## Hoofdstukken

- **0:00** Introductie: waarom inclusief werken?
- **1:30** De bakkerij: "Ik keek eerst naar de beperking, nu naar het talent."
- **4:00** De zorgorganisatie over jobcarving: taken anders verdelen geeft lucht.
- **6:30** Het hotel: één contactpersoon bij het werkgeversservicepunt maakt het verschil.
- **9:00** Het installatiebedrijf over werkplekaanpassingen.
- **11:00** Tips voor andere werkgevers.

## Belangrijkste boodschappen

- Begin met een gesprek over het werk, niet over regelingen.
- Instrumenten zoals loonkostensubsidie, de no-riskpolis en jobcoaching nemen veel risico weg.
- Een vaste contactpersoon voor vragen geeft vertrouwen.
- Collega's betrekken is de sleutel tot succes.

## Voor wie?

Voor werkgevers, werkgeversadviseurs en accountmanagers. De video is geschikt om te laten zien bij netwerkbijeenkomsten van werkgevers.

## Gespreksvragen

1. Welke taken in uw organisatie blijven nu liggen?
2. Welke zorgen heeft u over het aannemen van werknemers met een arbeidsbeperking?
3. Wat heeft u nodig om de eerste stap te zetten?`,
    authors: [],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2023-06-06',
    themes: ['employerServices', 'jobCarving', 'instruments'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: 'https://video.example.org/video-werkgevers-over-inclusief-werken',
    approaches: [],
  },
  {
    slug: 'video-jobcarving-stap-voor-stap',
    type: 'video',
    title: 'Video: jobcarving stap voor stap',
    summary:
      'Een instructievideo voor werkgeversadviseurs: hoe voer je een takenanalyse uit en stel je samen met een werkgever een nieuwe functie samen?',
    body: `## Over deze video

Deze instructievideo laat zien hoe een werkgeversadviseur samen met een werkgever een takenanalyse uitvoert. We volgen het hele proces bij een groothandel, van het eerste gesprek tot de start van een nieuwe medewerker.

## Hoofdstukken

- **0:00** Wat is jobcarving en wanneer zet je het in?
- **2:00** Het eerste gesprek met de werkgever: doelen en draagvlak.
- **4:30** Meelopen op de werkvloer en taken noteren.
- **8:00** Taken selecteren: wat kan los, wat niet?
- **11:00** Een nieuwe functie beschrijven en koppelen aan het capaciteitsprofiel.
- **14:00** De kandidaat zoeken en instrumenten regelen.
- **16:30** Evaluatie na drie maanden.

## Materialen

Bij de video hoort een werkblad voor de takenanalyse. Daarin noteer je per taak de frequentie, de duur, de benodigde vaardigheden en de belasting. Het werkblad staat bij de handreiking jobcarving in de kennisbank.

## Voor wie?

Voor werkgeversadviseurs, jobcoaches en accountmanagers die met jobcarving willen beginnen. Ook geschikt voor HR-medewerkers van werkgevers.

## Tips uit de video

- Laat medewerkers zelf aangeven welke taken zij graag overdragen.
- Maak de nieuwe functie niet te klein: ook de nieuwe medewerker wil afwisseling.
- Leg de taken vast, zodat de functie niet ongemerkt verandert.`,
    authors: ['R. Visser'],
    organisations: ['Werkgeversservicepunt Midden-Utrecht'],
    publishedOn: '2021-06-29',
    themes: ['jobCarving', 'employerServices'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: 'https://video.example.org/video-jobcarving-stap-voor-stap',
    approaches: ['other'],
  },
  {
    slug: 'webinar-integraal-werken-aan-participatie',
    type: 'video',
    title: 'Webinar: integraal werken aan participatie',
    summary:
      'Terugkijken: een webinar van het regionale leernetwerk over de samenwerking tussen Wmo, jeugd, zorg en werk en inkomen, met voorbeelden uit drie gemeenten.',
    body: `## Over dit webinar

Dit webinar van het leernetwerk "Lokaal en integraal werken aan participatie" duurt een uur. Professionals uit drie gemeenten vertellen hoe zij de samenwerking tussen zorg, welzijn en werk hebben verbeterd.

## Programma

- **0:00** Opening en doel van het leernetwerk.
- **5:00** Inleiding: waarom is verbinding tussen de domeinen jeugd, Wmo en werk en inkomen nodig?
- **15:00** Voorbeeld 1: gezamenlijke keukentafelgesprekken van Wmo en werk.
- **25:00** Voorbeeld 2: één plan voor gezinnen met jeugdhulp en een uitkering.
- **35:00** Voorbeeld 3: een werkspreekuur in de huisartsenpraktijk.
- **45:00** Vragen van deelnemers.
- **55:00** Afsluiting en aankondiging van het volgende kennisatelier.

## Belangrijkste inzichten

- Professionals kennen vaak alleen hun eigen wetten en regels. Elkaar leren kennen is de eerste stap.
- Werk is een middel om ook andere problemen te verlichten.
- Privacy is vaak een zorg, maar met goede toestemming kan veel.
- Eén vaste contactpersoon voor de inwoner voorkomt versnippering.

## Voor wie?

Voor klantmanagers, Wmo-consulenten, jeugdprofessionals, beleidsmakers en iedereen die werkt op het snijvlak van zorg en werk.

## Na het kijken

Bespreek in je team: waar lopen wij tegenaan in de samenwerking met andere domeinen, en wat kunnen we morgen al anders doen?`,
    authors: ['M. Bakker', 'E. de Graaf'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2022-03-22',
    themes: ['careAndWork', 'integratedPlan', 'regionalCooperation'],
    domains: ['youth', 'wmo', 'workAndIncome', 'care'],
    targetGroups: ['benefitRecipient', 'workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B2',
    videoUrl: 'https://video.example.org/webinar-integraal-werken-aan-participatie',
    approaches: [],
  },
  {
    slug: 'video-drie-deelnemers-over-hun-weg-naar-werk',
    type: 'video',
    title: 'Video: drie deelnemers over hun weg naar werk',
    summary:
      'Drie deelnemers vertellen in hun eigen woorden hoe zij aan het werk kwamen: via IPS, via een werkervaringsplaats en via een leerroute in de zorg.',
    body: `## Over deze video

In deze video van acht minuten vertellen drie mensen over hun weg naar werk. Ze hadden allemaal een andere start, maar ze werken nu alle drie.

## De verhalen

- **0:00** Introductie.
- **0:30** **Ahmed** zat drie jaar thuis door psychische klachten. Met hulp van een IPS-specialist vond hij werk in een bakkerij.
- **3:00** **Karin** had zeven jaar geen werk. Via werkervaringsplaatsen kwam ze bij een groothandel terecht.
- **5:30** **Ingrid** zorgde twintig jaar voor haar gezin. Nu leert en werkt ze in de thuiszorg.
- **7:30** Wat ze andere werkzoekenden willen meegeven.

## Wat zeggen ze?

- "Iemand luisterde naar wat ik zelf wilde."
- "Ik had eerst geen vertrouwen. Nu ben ik trots."
- "Je hoeft niet alles in één keer te doen. Stap voor stap gaat het ook."

## Voor wie?

Voor werkzoekenden die twijfelen of werk voor hen haalbaar is. De video is ook geschikt voor groepsbijeenkomsten en trainingen over eigen regie.

## Ondertiteling

De video heeft ondertiteling in eenvoudig Nederlands en in het Engels.

## Na het kijken

Denk eens na over deze vragen:

1. Welk verhaal spreekt jou het meest aan? Waarom?
2. Wat zou jouw eerste stap kunnen zijn?
3. Wie kan je daarbij helpen?`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2024-12-10',
    themes: ['selfDirection', 'ips', 'workExperience', 'learningRoutes'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['psychologicalVulnerability', 'benefitRecipient', 'nugger'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: 'https://video.example.org/video-drie-deelnemers-over-hun-weg-naar-werk',
    approaches: ['ips', 'workExperience', 'learningRoute'],
  },
  {
    slug: 'video-toestemming-geven-en-intrekken',
    type: 'video',
    title: 'Video: toestemming geven en intrekken in Meedoen',
    summary:
      'Een korte uitlegvideo voor deelnemers: zo geef je een organisatie toestemming om je gegevens te zien, zo trek je die weer in en zo zie je wie je gegevens heeft bekeken.',
    body: `## Over deze video

In deze video van vier minuten zie je stap voor stap hoe je in Meedoen bepaalt wie jouw gegevens mag zien. De video laat het scherm zien, met uitleg in gewone taal.

## Wat leer je?

- **0:00** Waarom toestemming belangrijk is.
- **0:40** Naar de pagina "Mijn toestemmingen" gaan.
- **1:10** Een organisatie toestemming geven voor een soort gegevens, bijvoorbeeld je plan.
- **2:00** Toestemming intrekken. Dit werkt meteen.
- **2:40** Bekijken wie jouw gegevens heeft ingezien.
- **3:20** Je gegevens downloaden.

## Goed om te weten

- Je kiest per organisatie en per soort gegevens.
- Werkgevers zien nooit je naam of gezondheid zonder jouw toestemming.
- Je kunt je keuze altijd veranderen.
- Twijfel je? Vraag je begeleider om het samen met jou te doen.

## Voor wie?

Voor deelnemers in een traject naar werk. Begeleiders kunnen de video gebruiken in het eerste gesprek over privacy.

## Toegankelijkheid

De video heeft ondertiteling en een versie met gesproken beschrijving van wat er op het scherm gebeurt.`,
    authors: [],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: '2025-11-18',
    themes: ['privacy', 'selfDirection'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: 'https://video.example.org/video-toestemming-geven-en-intrekken',
    approaches: [],
  },
  {
    slug: 'kennisatelier-zo-meet-je-of-een-aanpak-werkt',
    type: 'video',
    title: 'Kennisatelier: zo meet je of een aanpak werkt',
    summary:
      'Opname van een kennisatelier voor programmamanagers en evaluatoren over procesevaluatie, effectmeting en het verantwoord presenteren van regionale cijfers.',
    body: `## Over deze opname

Dit is de opname van een kennisatelier van anderhalf uur. Een onderzoeker en twee programmamanagers bespreken hoe regio's kunnen meten of hun aanpakken werken. Het atelier sluit aan bij de publicatie over ontwerpkeuzes voor regionale evaluaties.

## Onderdelen

- **0:00** Welkom en doel van het atelier.
- **5:00** Verschil tussen procesevaluatie en effectevaluatie.
- **20:00** Cohorten vergelijken: hoe kies je een eerlijke vergelijkingsgroep?
- **35:00** Uitkomstmaten: risicoverschil, relatief risico en odds ratio, met betrouwbaarheidsintervallen.
- **50:00** Baanbehoud meten met overlevingscurves.
- **65:00** Cijfers presenteren: definities tonen en kleine aantallen onderdrukken.
- **75:00** Oefening in groepjes met een voorbeeldcasus.

## Kernboodschappen

- Leg vooraf vast wat je meet, met welke definitie en op welk moment.
- Een effectevaluatie zonder procesevaluatie vertelt je niet waarom iets werkt.
- Kleine aantallen geven onzekere uitkomsten. Wees voorzichtig met conclusies.
- Publiceer geen cijfers over heel kleine groepen.

## Voor wie?

Voor programmamanagers, beleidsmedewerkers, evaluatoren en onderzoekers in het sociaal domein.

## Materialen

De dia's en de voorbeeldcasus horen bij de opname. De rekenvoorbeelden in de casus zijn fictief.`,
    authors: ['L. Mulder', 'D. Koster'],
    organisations: ['Kenniscentrum Werk en Inclusie'],
    publishedOn: '2025-01-28',
    themes: ['measuringImpact', 'sustainablePlacement'],
    domains: ['workAndIncome', 'care'],
    targetGroups: ['workDisability', 'psychologicalVulnerability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'C1',
    videoUrl: 'https://video.example.org/kennisatelier-zo-meet-je-of-een-aanpak-werkt',
    approaches: [],
  },
  {
    slug: 'video-leerlingen-praktijkonderwijs-aan-het-werk',
    type: 'video',
    title: 'Video: leerlingen van het praktijkonderwijs aan het werk',
    summary:
      'Leerlingen en oud-leerlingen van het praktijkonderwijs laten zien waar zij werken. Over stage, brugbanen en de stap van school naar een eerste baan.',
    body: `## Over deze video

In deze video van zes minuten nemen vier jongeren je mee naar hun werk. Ze zaten op het praktijkonderwijs of het voortgezet speciaal onderwijs. Nu werken ze in de zorg, de groenvoorziening, een supermarkt en een fietsenmakerij.

## Wat zie je?

- **0:00** Lotte in het woonzorgcentrum, waar ze ook stage liep.
- **1:30** Milan bij een hoveniersbedrijf.
- **3:00** Esmee vult vakken in een supermarkt.
- **4:15** Noah in de fietsenmakerij.
- **5:15** De jongeren vertellen wat ze andere leerlingen willen zeggen.

## Wat vertellen de jongeren?

- "Stage lopen is de beste manier om te ontdekken wat je leuk vindt."
- "Mijn jobcoach helpt me als iets moeilijk is."
- "Ik verdien mijn eigen geld. Dat voelt goed."

## Voor wie?

Voor leerlingen van pro en vso, hun ouders en docenten. De video is geschikt voor een les over loopbaan of voor een ouderavond.

## Na het kijken

Praat in de klas of thuis over deze vragen:

1. Welk werk lijkt jou leuk?
2. Waar zou je graag stage willen lopen?
3. Wie kan je helpen om je eerste baan te vinden?`,
    authors: [],
    organisations: ['Praktijkschool De Brug'],
    publishedOn: '2026-09-15',
    themes: ['youngPeople', 'learningRoutes'],
    domains: ['youth', 'workAndIncome'],
    targetGroups: ['praktijkVsoPupil'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: 'https://video.example.org/video-leerlingen-praktijkonderwijs-aan-het-werk',
    approaches: ['learningRoute'],
  },
];
