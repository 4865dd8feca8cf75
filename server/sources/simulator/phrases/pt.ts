import type { PhraseBank } from './types.ts';

/** Portuguese: Portugal and Brazil, strong on whatsapp. */
export const pt: PhraseBank = {
  lang: 'pt',
  firstNames: ['João', 'Maria', 'Pedro', 'Ana', 'Tiago', 'Beatriz', 'Rafael', 'Mariana', 'Gabriel', 'Inês', 'Lucas', 'Juliana', 'Miguel', 'Carolina', 'Bruno', 'Fernanda'],
  familyNames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Souza', 'Almeida', 'Carvalho', 'Gomes', 'Lopes', 'Ribeiro', 'Barbosa', 'Rocha'],
  nameStyle: 'given-family',
  slots: {
    hi: ['', '', 'Olá,', 'Bom dia,', 'Boa tarde,', 'Oi,'],
    thanks: ['', '', 'Obrigado.', 'Aguardo resposta.', 'Desde já obrigada.', 'Que vergonha.', 'Alguém me ajuda?'],
    city: ['Lisboa', 'Porto', 'Faro', 'São Paulo', 'Rio de Janeiro', 'Salvador', 'Recife', 'Amesterdão', 'Madrid', 'Paris', 'Luanda', 'Funchal', 'Nova Iorque', 'Belo Horizonte', 'Ponta Delgada'],
    item: ['a minha mala', 'a minha mochila', 'o carrinho de bebé', 'o meu saco de golfe', 'a minha bagagem', 'a mala de mão', 'a minha guitarra', 'o meu saco de esqui'],
    wait: ['em espera', 'no chat', 'ao telefone', 'na fila do balcão'],
  },
  inbound: {
    negative: [
      '{hi} o meu voo {flight} para {city} está {hours} horas atrasado e ninguém nos diz nada. {thanks}',
      '{brand} estou há {mins} minutos {wait}. A sério?',
      'Passados {days} dias, ainda não tenho notícias da minha bagagem. Processo {ref}. {thanks}',
      '{hi} há {days} semanas que espero o reembolso da reserva {ref}.',
      'Voo {flight} cancelado em cima da hora e remarcado para amanhã sem me perguntarem. Obrigado por nada {brand}',
      'Paguei o lugar {seat} e puseram-me lá atrás sem explicação.',
      'O check-in online não funciona para {ref}, a app fecha sempre. {thanks}',
      'Perdi a ligação em {city} por causa do atraso do {flight}. Hoje durmo no aeroporto.',
      'O seguro de viagem recusou o meu pedido {claim} sem justificação. Inaceitável.',
      'A tripulação do {flight} foi muito mal-educada. Que desilusão.',
      'Cobraram-me duas vezes {amount} euros pela reserva {ref}. Quero o meu dinheiro de volta!',
      'Mudaram a porta do {flight} três vezes sem anúncio. Um caos.',
      'Meu voo atrasou de novo, {hours} horas esperando no aeroporto de {city}. Péssimo!',
    ],
    neutral: [
      '{hi} ainda posso alterar o meu voo {flight} para {city} online?',
      'Quantos quilos de bagagem de mão posso levar no {flight}?',
      '{hi} quando abre o check-in online da reserva {ref}?',
      'Tem wifi a bordo no voo para {city}?',
      'Posso levar {item} como bagagem extra? Quanto custa?',
      'O meu seguro de viagem cobre um hotel cancelado em {city}? Apólice {claim}.',
      'De que terminal parte o {flight}? {thanks}',
      'É possível pedir refeição vegetariana no {flight}?',
      '{hi} como adiciono o meu número de passageiro frequente à reserva {ref}?',
      'A que horas abre o despacho de bagagem para o {flight}?',
    ],
    positive: [
      'Muito obrigado à tripulação do {flight} para {city}, foram incríveis!',
      'Voo para {city} pontual e serviço impecável. Parabéns {brand}!',
      'Entregaram a minha mala perdida no hotel em {city} num dia. Impressionante!',
      '{brand} obrigada pelo reembolso rápido de {ref}, tudo muito simples.',
      'Que tripulação simpática no {flight}, os meus filhos adoraram.',
      'Pedido {claim} pago em {days} dias. Excelente serviço.',
      'Check-in em dois minutos com a nova app. Adorei!',
    ],
  },
  replies: {
    negative: [
      'Olá {name}, lamentamos muito. Pode enviar-nos o código da reserva por mensagem privada para analisarmos? ^{agent}',
      'Olá {name}, pedimos desculpa. O seu caso foi encaminhado e terá resposta em 24 horas. ^{agent}',
      'Desculpe a espera, {name}. A nossa equipa de bagagens está a tratar do seu caso; receberá um e-mail hoje. ^{agent}',
      'Olá {name}, compreendemos a sua frustração. O reembolso já está em processamento. ^{agent}',
    ],
    neutral: [
      'Olá {name}, pode sim! Aceda a A Minha Reserva no nosso site e escolha Alterar voo. ^{agent}',
      'Olá {name}, o check-in online abre 30 horas antes da partida. Boa viagem! ^{agent}',
      'Obrigado pela pergunta, {name}. A bagagem de mão pode pesar até 12 kg. ^{agent}',
      'Olá {name}, enviámos os detalhes por mensagem privada. ^{agent}',
    ],
    positive: [
      'Muito obrigado, {name}! Vamos passar o elogio à tripulação. ^{agent}',
      'Que bom saber, {name}! Boa estadia e até breve a bordo. ^{agent}',
      'Obrigado por voar connosco, {name}! ^{agent}',
    ],
  },
  incidents: {
    'ash-cloud': {
      negative: [
        'Voo {flight} para {city} cancelado por causa da nuvem de cinzas e a app não deixa remarcar {tag}',
        '{brand} preso em {city} por causa do vulcão, {hours} horas na fila e nenhum funcionário {tag}',
        'Nuvem de cinzas ou não, {mins} minutos {wait} é demais. Voo cancelado, e agora? {tag}',
        'Todos os voos cancelados por causa das cinzas vulcânicas e o hotel está cheio. Quem paga? {tag}',
        'O meu seguro cobre o cancelamento pela nuvem de cinzas? Pedido {claim} sem resposta {tag}',
      ],
      neutral: [
        'O {flight} para {city} vai partir apesar da nuvem de cinzas? {tag}',
        'Posso remarcar sem custos se o voo for cancelado por causa do vulcão? {tag}',
        'Há novidades sobre os voos de {city} agora que a nuvem de cinzas se desloca? {tag}',
      ],
      positive: [
        'Obrigado ao pessoal de terra em {city} que distribuiu água e cobertores durante o caos do vulcão {tag}',
        'Remarcado em minutos depois dos cancelamentos pelas cinzas. Bom trabalho {brand} {tag}',
      ],
    },
  },
  incidentGeneric: {
    negative: [
      'Voo {flight} cancelado ({topic}) e ninguém atende o telefone {tag}',
      '{brand} {topic}: a minha viagem a {city} estragada, {hours} horas à espera {tag}',
      'Muito irritado com a vossa comunicação sobre {topic}. Zero informação {tag}',
    ],
    neutral: ['O meu voo {flight} é afetado ({topic})? {tag}', 'Onde encontro novidades sobre {topic}? {tag}'],
    positive: ['Obrigado pelas atualizações rápidas sobre {topic} {tag}'],
  },
  incidentReplies: [
    'Olá {name}, lamentamos. Devido à perturbação há muitos voos cancelados; pode remarcar sem custos em A Minha Reserva. ^{agent}',
    'Olá {name}, estamos a receber muitas mensagens. Consulte o estado na nossa página de avisos de viagem. ^{agent}',
  ],
  hashtags: ['#viagem', '#atraso', '#atendimento', '#férias', '#bagagem', '#vergonha'],
};
