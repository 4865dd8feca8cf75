import type { PhraseBank } from './types.ts';

/** French. */
export const fr: PhraseBank = {
  lang: 'fr',
  firstNames: ['Camille', 'Louis', 'Léa', 'Hugo', 'Manon', 'Lucas', 'Chloé', 'Gabriel', 'Inès', 'Arthur', 'Julie', 'Théo', 'Sarah', 'Nicolas', 'Claire', 'Mathieu'],
  familyNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Fournier'],
  nameStyle: 'given-family',
  slots: {
    hi: ['', '', 'Bonjour,', 'Bonsoir,', 'Salut', 'Bonjour à vous,'],
    thanks: ['', '', 'Merci.', "Merci d'avance.", 'Une réponse svp.', "C'est inadmissible.", 'Merci de votre aide.'],
    city: ['Paris', 'Lyon', 'Nice', 'Marseille', 'Bruxelles', 'Genève', 'Montréal', 'Amsterdam', 'Dakar', 'Casablanca', 'Lisbonne', 'Rome', 'New York', 'Tunis', 'Toulouse'],
    item: ['ma valise', 'mon sac', 'ma poussette', 'mon sac de golf', 'mon sac à dos', 'ma housse de ski', 'mon bagage cabine', 'mon étui de guitare'],
    crew: ["l'équipage", 'le personnel de bord', 'le pilote', 'le personnel au sol', "l'hôtesse", 'le steward'],
    wait: ["en attente", 'sur le chat', 'au téléphone', 'dans la file au comptoir'],
  },
  inbound: {
    negative: [
      '{hi} mon vol {flight} pour {city} a {hours} heures de retard et personne ne nous informe. {thanks}',
      '{brand} ça fait {mins} minutes que je suis {wait}. Sérieusement ?',
      '{item} est toujours introuvable après {days} jours. Dossier {ref}. {thanks}',
      "{hi} j'attends mon remboursement pour la réservation {ref} depuis {days} semaines.",
      'Vol {flight} annulé à la dernière minute et rebooké demain sans me demander. Merci pour rien {brand}',
      "J'ai payé le siège {seat} et on m'a mis au fond sans explication.",
      "L'enregistrement en ligne ne marche pas pour {ref}, l'appli plante. {thanks}",
      "Correspondance ratée à {city} à cause du retard de {flight}. Je dors à l'aéroport ce soir.",
      "Ma demande d'assurance voyage {claim} refusée sans motif. Inacceptable.",
      "{crew} du vol {flight} a été désagréable. Très déçu.",
      'Débité deux fois de {amount} euros pour la réservation {ref}. Remboursez-moi !',
      'Porte changée trois fois pour {flight} sans annonce. Quel bazar.',
      "J'ai récupéré {item} en mauvais état à {city}. Qui va payer ?",
    ],
    neutral: [
      '{hi} puis-je encore modifier mon vol {flight} pour {city} en ligne ?',
      'Combien de kilos en bagage cabine sur le vol {flight} ?',
      "{hi} quand ouvre l'enregistrement en ligne pour la réservation {ref} ?",
      'Y a-t-il du wifi à bord du vol pour {city} ?',
      "Est-ce que je peux prendre {item} en bagage supplémentaire ? C'est combien ?",
      "Mon assurance voyage couvre-t-elle un hôtel annulé à {city} ? Contrat {claim}.",
      'De quel terminal part le vol {flight} ? {thanks}',
      'Un repas végétarien est-il possible sur {flight} ?',
      '{hi} comment ajouter mon numéro Flying Blue à la réservation {ref} ?',
      'À quelle heure ouvre le dépose-bagages pour {flight} ?',
    ],
    positive: [
      'Un grand merci à toute l’équipe du vol {flight} pour {city}, vous êtes au top !',
      'Vol pour {city} à l’heure et service impeccable. Bravo {brand} !',
      "Bagage retrouvé et livré à mon hôtel à {city} en un jour. Chapeau !",
      '{brand} merci pour le remboursement rapide de {ref}, rien à redire.',
      'Quel équipage adorable sur {flight}, mes enfants étaient ravis.',
      'Dossier {claim} remboursé en {days} jours. Service parfait.',
      "Enregistrement en deux minutes avec la nouvelle appli. J'adore.",
    ],
  },
  replies: {
    negative: [
      'Bonjour {name}, nous sommes désolés. Pouvez-vous nous envoyer votre référence de réservation en message privé ? ^{agent}',
      'Bonjour {name}, toutes nos excuses. Votre dossier a été transmis et vous aurez une réponse sous 24 heures. ^{agent}',
      "Désolés pour l'attente, {name}. Notre service bagages suit votre dossier ; vous recevrez un e-mail aujourd'hui. ^{agent}",
      'Bonjour {name}, nous comprenons votre frustration. Le remboursement est en cours de traitement. ^{agent}',
    ],
    neutral: [
      'Bonjour {name}, oui c’est possible ! Rendez-vous dans Mes réservations sur notre site. ^{agent}',
      "Bonjour {name}, l'enregistrement en ligne ouvre 30 heures avant le départ. Bon voyage ! ^{agent}",
      'Merci pour votre question, {name}. Le bagage cabine est limité à 12 kg. ^{agent}',
      'Bonjour {name}, nous vous avons envoyé les détails en message privé. ^{agent}',
    ],
    positive: [
      "Merci beaucoup, {name} ! Nous transmettons vos compliments à l'équipage. ^{agent}",
      'Ravis de lire cela, {name} ! Bon séjour et à bientôt à bord. ^{agent}',
      'Merci d’avoir voyagé avec nous, {name} ! ^{agent}',
    ],
  },
  incidents: {
    'ash-cloud': {
      negative: [
        "Vol {flight} pour {city} annulé à cause du nuage de cendres et impossible de changer dans l'appli {tag}",
        "{brand} bloqué à {city} à cause du volcan, {hours} heures de queue et personne pour nous aider {tag}",
        'Nuage de cendres ou pas, {mins} minutes {wait} c’est trop. Mon vol est annulé, je fais quoi ? {tag}',
        "Tous les vols annulés à cause des cendres volcaniques et mon hôtel est complet. Qui paie ? {tag}",
        "Mon assurance couvre-t-elle l'annulation due au nuage de cendres ? Dossier {claim} sans réponse {tag}",
      ],
      neutral: [
        'Le vol {flight} pour {city} est-il maintenu malgré le nuage de cendres ? {tag}',
        'Peut-on changer gratuitement si le vol est annulé à cause du volcan ? {tag}',
        'Des nouvelles des vols au départ de {city} avec le nuage de cendres ? {tag}',
      ],
      positive: [
        "Merci au personnel au sol de {city} qui distribue de l'eau et des couvertures pendant la crise du volcan {tag}",
        'Rebooké en quelques minutes après les annulations dues aux cendres. Bravo {brand} {tag}',
      ],
    },
  },
  incidentGeneric: {
    negative: [
      'Vol {flight} annulé ({topic}) et personne ne répond {tag}',
      '{brand} {topic} : mon voyage à {city} est gâché, {hours} heures d’attente {tag}',
      'Vraiment en colère contre votre communication sur {topic}. Aucune information {tag}',
    ],
    neutral: ['Mon vol {flight} est-il concerné ({topic}) ? {tag}', 'Où trouver des infos à propos de {topic} ? {tag}'],
    positive: ['Merci pour les mises à jour rapides à propos de {topic} {tag}'],
  },
  incidentReplies: [
    'Bonjour {name}, nous sommes désolés. En raison de la perturbation, de nombreux vols sont annulés ; vous pouvez changer gratuitement dans Mes réservations. ^{agent}',
    "Bonjour {name}, nous recevons énormément de messages. Consultez notre page d'infos trafic pour le dernier statut. ^{agent}",
  ],
  hashtags: ['#voyage', '#retard', '#serviceclient', '#vacances', '#bagage', '#honte'],
};
