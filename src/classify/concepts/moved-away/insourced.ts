import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): brought in-house. */
export const INSOURCED: ConceptSpec[] = [
  {
    concept: 'insourced',
    weight: 2.6,
    forms: {
      en: [
        'in house', 'inhouse', 'insourc*', 'in sourc*', 'own @staff', 'own _ @staff', 'hired ~ @staff', 'hired own',
        'recruited ~ @staff', 'hired a _ manager and', 'built ~ own', 'build ~ own', 'do it themselves',
        'doing it themselves', 'do it internally', 'done internally', 'internal team', 'on staff',
        'bought ~ own', 'leased ~ own', 'their it ~ wrote', 'their it ~ built', 'their it ~ developed',
        'developed their own',
        'built their own', 'made their own', 'make ~ themselves', 'run ~ internally', 'runs ~ internally',
        'in their own building',
        'own fleet', 'own lab', 'own press', 'own line', 'own kitchen', 'own warehouse', 'own system', 'own tool',
        'own platform', 'own solution',
        'in house team', 'inhouse team', 'their own team', 'their own staff', 'own employees', 'own people',
        'do it in house', 'doing it in house', 'brought it in house', 'brought it internal', 'took it in house',
        'took it internal', 'internalised', 'internalized', 'diy', 'do it yourself', 'bought their own',
        'bought its own', 'own equipment', 'own machines', 'own drivers', 'own trucks', 'own software', 'own app',
        'self performing', 'self perform', 'automated it themselves', 'their it team built', 'their engineers built',
        'brought in house', 'went in house', 'took in house', 'doing it internally', 'handle it internally',
        'handling it internally', 'handled internally', 'internal resource*', 'internal hire*', 'hired internally',
        'own resources', 'self managed', 'self managing', 'self serve now', 'do it with their own',
        '@they ~ @staff now', '@staff ~ now do', '@staff ~ now write', '@staff ~ now run', '@staff ~ now handle',
        '@staff ~ now deliver', 'now do it', 'now does it', 'now handle it', 'now run it', 'no more outsourc*',
        // "they make the sauces + dressings themselves now", "no more outside retainer"
        'themselves now', 'make ~ ~ themselves', 'no more outside', 'no longer outside', 'no outside ~ anymore',
        'no longer outsourc*', 'stopped outsourcing', 'stop outsourcing', 'took ~ back in', 'taken back in',
        'brought ~ back in', 'back in house', 'back under', 'under direct management', 'direct management',
        'own hands', 'in their own hands', 'do it now', 'what we used to do', 'we used to deliver',
        'we used to provide', 'we used to do', 'used to outsource',
        'run it internally', 'manage it internally', 'handle ~ internally', 'set up ~ own', 'built ~ own _ team',
      ],
      de: [
        'eigene @staff', 'eigenes @staff', 'eigene*', 'eigenregie', 'intern erledigt', 'intern gemacht', 'intern ubernommen', 'nach intern', '@staff ~ eingestellt',
        'eigenes personal', 'alles selbst', 'jetzt selbst', 'eigene abteilung', 'eigenes team aufgebaut',
        'eigene leute', 'selbst ubernommen', 'selbst erledigt', 'ins haus geholt', 
        'eigene maschinen', 'eigene fahrzeuge', 'eigenen fuhrpark', 'holen ~ zuruck', 'ins haus zuruck',
        'selbst in die hand', 'wieder selbst', 'eigene leute machen', 'eigene* ~ abteilung aufgebaut',
      ],
      fr: [
        'internalis*', 'en interne', 'eux memes', 'leur propre', 'leurs propres', 'propre equipe', 'embauche*',
        'recrute* ~ @staff', 'equipe interne', 'leur propre equipe', 'fait en interne', 'repris en interne',
        'leurs propres machines', 'leur propre flotte', 'par eux memes', 'reprise en interne', 'repris en main',
        'font eux memes', 'ce que nous faisions', 'equipe ~ interne',
      ],
      es: [
        'internaliz*', 'propio @staff', 'propia @staff', '@staff propi*', 'ellos mismos', 'en plantilla',
        'contratad* ~ @staff', 'contrataron ~ @staff', 'por su cuenta', 'equipo interno', 'su propio equipo',
        'en casa', 'lo hacen ellos', 'sus propias maquinas', 'su propia flota', 'lo hacen ellos mismos',
        'lo que haciamos nosotros', 'retomaron el servicio',
        'lo llevan internamente', 'llevan ~ internamente', 'lo hacen internamente', 'lo gestionan internamente',
        'gestionan ~ internamente', 'equipo ~ propio', 'montaron ~ equipo',
      ],
      pt: [
        '@staff propri*', 'propri* @staff', 'eles mesmos', 'contrataram ~ @staff',
        'contratou ~ @staff', 'por conta propria', 'equipe ~ propria', 'montou ~ equipe', 'montaram ~ equipe', 'equipe interna', 'sua propria equipe', 'dentro de casa',
        'fazem internamente', 'eles mesmos fazem', 'suas proprias maquinas', 'sua propria frota', 'fazem eles mesmos',
        'o que nos faziamos', 'retomaram o servico',
        'fazem ~ internamente', 'fazer internamente', 'gerem ~ internamente', 'levam ~ internamente',
      ],
    },
  },
  {
    concept: 'insourced',
    weight: 1.5,
    forms: { en: ['their own', 'its own'], de: ['selbst gemacht', 'selbst eingerichtet', 'selbst aufgebaut', 'selbst betreib*', 'selbst ubernomm*', 'selbst ubernehm*', 'selbst ~ eingerichtet', 'selbst erledig*', 'selbst herstell*', 'selbst produzier*', 'macht ~ selbst', 'machen ~ selbst', 'selber gemacht', 'macht ~ selber'], fr: ['eux meme'] },
  },
  {
    // They now do it inside the company, with their own people or system.
    concept: 'insourced',
    weight: 2.6,
    forms: {
      en: ['inside the company now', 'does it all internally', 'with their own system'],
      de: ['im eigenen haus', 'mit eigenem system'],
      fr: ['au sein de l entreprise', 'avec leur propre systeme', 'gere tout en interne'],
      es: ['dentro de la empresa', 'con un sistema propio', 'con su propio sistema'],
      pt: ['dentro da empresa', 'com um sistema proprio', 'com sistema proprio', 'cuida de tudo'],
    },
  },
  {
    // They now do it themselves.
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['do the ~ themselves', 'does the ~ themselves', 'own ice machine'],
      de: ['machen ~ jetzt selbst', 'macht ~ jetzt selbst', 'eigene kuche'],
      fr: ['une cuisine a elle', 'sa propre cuisine', 'font ~ eux memes'],
      es: ['cocina propia', 'su propia cocina', 'hacen ~ ellos mismos'],
      pt: ['cozinha propria', 'sua propria cozinha', 'fazem ~ eles mesmos'],
    },
  },
  {
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['his own people', 'her own people', 'their own people', 'own people on', 'own staff', 'advertised for', 'hired two', 'hired three', 'hired a team'],
      de: ['eigenen leuten', 'hat ~ eingestellt', 'haben ~ eingestellt', 'stellte ~ ein'],
      fr: ['a recrute', 'ont recrute', 'sa propre', 'ses propres', 'propre personnel'],
      es: ['contrato a dos', 'contrataron a', 'su propio', 'su propia', 'sus propios', 'personal propio'],
      pt: ['contratou dois', 'contrataram', 'seu proprio', 'sua propria', 'seus proprios', 'pessoal proprio'],
    },
  },
  {
    concept: 'insourced',
    weight: 2.5,
    forms: {
      en: ['set up their own', 'built up their own', 'their own department', 'own department', 'bring it inside'],
      de: ['eigenes team', 'leute eingestellt', '@staff eingestellt', 'selbst machen', 'selber machen'],
      fr: ['propre service', 'ont embauche', 'a embauche', 'faire eux memes', 'internaliser', 'internalise*'],
      es: ['propio departamento', 'contrato ~ @staff', 'hacerlo ellos', 'traerlo dentro'],
      pt: ['cuidar da propria', 'cuidar do proprio', 'propria equipe', 'trazer para dentro', 'trouxe para dentro'],
    },
  },
  {
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['buy direct from', 'buying direct', 'buys direct', 'direct from the manufacturer', 'direct from the mill', 'direct from the factory', 'own distribution arm'],
      de: ['direkt beim hersteller', 'direkt ab werk', 'direkt vom hersteller', 'eigenen vertrieb'],
      fr: ['creer sa propre', 'monter sa propre', 'ses propres agents', 'ses propres equipes', 'sa propre equipe', 'en direct du fabricant', 'directement aupres du fabricant', 'directement chez le fabricant', 'en direct usine'],
      es: ['directamente al fabricante', 'directo de fabrica', 'directamente de fabrica', 'su propia distribuidora'],
      pt: ['contador proprio', '@staff proprio', 'fazer ~ internamente', 'internamente', 'direto da industria', 'direto da fabrica', 'revenda propria', 'propria revenda', 'comprar direto', 'compra direto'],
    },
  },
  { concept: 'insourced', weight: 2.4, forms: {
    de: ['in eigenregie', 'intern gelost', 'intern abgedeckt'],
    fr: ['par leurs propres moyens', 'equipes internes', 'leurs propres equipes', 'fait maison'],
  } },
  {
    // Their own people hired for it: "contrataron gente propia", "contrataram gente própria".
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['hired their own', 'own staff now'],
      de: ['eigene mitarbeiter'],
      fr: ['propres equipes'],
      es: ['gente propia', 'equipo propio', 'contrataron ~ propi*'],
      pt: ['gente propria', 'equipe propria', 'contrataram ~ propri*'],
    },
  },
  {
    // Done in their own house: "Sie lassen das jetzt im Haus machen".
    concept: 'insourced',
    weight: 2.4,
    forms: {
      de: ['im haus machen', 'machen ~ im haus', 'jetzt im haus', 'im hause', 'machen es intern', 'selbst im haus'],
      fr: ['en interne maintenant'],
      es: ['en casa ahora', 'lo hacen en casa'],
      pt: ['em casa agora', 'fazem em casa'],
    },
  },
];
