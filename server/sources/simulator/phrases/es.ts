import type { PhraseBank } from './types.ts';

/** Spanish: Spain and Latin America, strong on whatsapp. */
export const es: PhraseBank = {
  lang: 'es',
  firstNames: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Alejandro', 'María', 'Javier', 'Carmen', 'Diego', 'Valentina', 'Mateo', 'Elena', 'Carlos', 'Paula', 'Andrés'],
  familyNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Torres'],
  nameStyle: 'given-family',
  slots: {
    hi: ['', '', 'Hola,', 'Buenos días,', 'Buenas tardes,', 'Hola buenas,'],
    thanks: ['', '', 'Gracias.', 'Espero respuesta.', 'Gracias de antemano.', 'Una vergüenza.', '¿Alguien me ayuda?'],
    city: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Málaga', 'Bilbao', 'Ciudad de México', 'Bogotá', 'Lima', 'Buenos Aires', 'Ámsterdam', 'Lisboa', 'Cancún', 'Palma', 'Santiago'],
    item: ['mi maleta', 'mi mochila', 'el carrito del bebé', 'mi bolsa de golf', 'mi equipaje', 'mi funda de esquí', 'mi maleta de mano', 'mi guitarra'],
    wait: ['en espera', 'en el chat', 'al teléfono', 'en la cola del mostrador'],
  },
  inbound: {
    negative: [
      '{hi} mi vuelo {flight} a {city} lleva {hours} horas de retraso y nadie nos dice nada. {thanks}',
      '{brand} llevo {mins} minutos {wait}. ¿En serio?',
      'Después de {days} días {item} sigue sin aparecer. Expediente {ref}. {thanks}',
      '{hi} llevo {days} semanas esperando el reembolso de la reserva {ref}.',
      'Vuelo {flight} cancelado a última hora y me cambian a mañana sin preguntar. Gracias por nada {brand}',
      'Pagué el asiento {seat} y me mandaron al fondo sin explicación.',
      'El check-in online no funciona para {ref}, la app se cierra sola. {thanks}',
      'Perdí la conexión en {city} por el retraso del {flight}. Hoy duermo en el aeropuerto.',
      'El seguro de viaje rechazó mi reclamación {claim} sin motivo. Inaceptable.',
      'La tripulación del {flight} fue muy borde conmigo. Qué decepción.',
      'Me cobraron dos veces {amount} euros por la reserva {ref}. ¡Devolvedme el dinero!',
      'Cambiaron la puerta del {flight} tres veces sin avisar. Un caos.',
      'Me devolvieron {item} en muy mal estado en {city}. ¿Quién paga esto?',
    ],
    neutral: [
      '{hi} ¿puedo cambiar todavía mi vuelo {flight} a {city} por internet?',
      '¿Cuántos kilos de equipaje de mano se permiten en el {flight}?',
      '{hi} ¿cuándo abre el check-in online para la reserva {ref}?',
      '¿Hay wifi a bordo en el vuelo a {city}?',
      '¿Puedo llevar {item} como equipaje extra? ¿Cuánto cuesta?',
      '¿Mi seguro de viaje cubre un hotel cancelado en {city}? Póliza {claim}.',
      '¿De qué terminal sale el {flight}? {thanks}',
      '¿Se puede pedir menú vegetariano en el {flight}?',
      '{hi} ¿cómo añado mi número de viajero frecuente a la reserva {ref}?',
      '¿A qué hora abre la facturación para el {flight}?',
    ],
    positive: [
      '¡Muchas gracias a la tripulación del {flight} a {city}, sois geniales!',
      'Vuelo a {city} puntual y un servicio de diez. ¡Bravo {brand}!',
      'Me llevaron la maleta perdida al hotel en {city} en un día. ¡Impresionante!',
      '{brand} gracias por el reembolso tan rápido de {ref}, sin complicaciones.',
      'Qué tripulación tan amable en el {flight}, mis hijos encantados.',
      'Reclamación {claim} pagada en {days} días. Un servicio excelente.',
      'Check-in en dos minutos con la nueva app. ¡Me encanta!',
    ],
  },
  replies: {
    negative: [
      'Hola {name}, sentimos mucho lo ocurrido. ¿Nos envías tu código de reserva por mensaje privado para revisarlo? ^{agent}',
      'Hola {name}, te pedimos disculpas. Hemos escalado tu caso y te responderemos en 24 horas. ^{agent}',
      'Perdona la espera, {name}. Nuestro equipo de equipajes lleva tu caso; hoy recibirás un correo. ^{agent}',
      'Hola {name}, entendemos tu malestar. El reembolso ya está en trámite. ^{agent}',
    ],
    neutral: [
      'Hola {name}, ¡claro! Entra en Mi Reserva en nuestra web y elige Cambiar vuelo. ^{agent}',
      'Hola {name}, el check-in online abre 30 horas antes de la salida. ¡Buen viaje! ^{agent}',
      'Gracias por tu consulta, {name}. El equipaje de mano puede pesar hasta 12 kg. ^{agent}',
      'Hola {name}, te hemos enviado los detalles por mensaje privado. ^{agent}',
    ],
    positive: [
      '¡Muchas gracias, {name}! Trasladamos tus palabras a la tripulación. ^{agent}',
      '¡Qué alegría leerte, {name}! Disfruta del viaje y hasta pronto a bordo. ^{agent}',
      '¡Gracias por volar con nosotros, {name}! ^{agent}',
    ],
  },
  incidents: {
    'ash-cloud': {
      negative: [
        'Vuelo {flight} a {city} cancelado por la nube de ceniza y la app no deja cambiarlo {tag}',
        '{brand} atrapado en {city} por el volcán, {hours} horas de cola y ni un empleado {tag}',
        'Con nube de ceniza o sin ella, {mins} minutos {wait} es demasiado. Vuelo cancelado, ¿y ahora qué? {tag}',
        'Todos los vuelos cancelados por la ceniza volcánica y el hotel está lleno. ¿Quién paga? {tag}',
        '¿Cubre mi seguro la cancelación por la nube de ceniza? Reclamación {claim} sin respuesta {tag}',
      ],
      neutral: [
        '¿Sale el {flight} a {city} a pesar de la nube de ceniza? {tag}',
        '¿Puedo cambiar gratis si cancelan mi vuelo por el volcán? {tag}',
        '¿Hay novedades de los vuelos desde {city} ahora que se mueve la nube de ceniza? {tag}',
      ],
      positive: [
        'Gracias al personal de tierra en {city} por repartir agua y mantas durante el caos del volcán {tag}',
        'Me recolocaron en minutos tras las cancelaciones por la ceniza. Bien hecho {brand} {tag}',
      ],
    },
  },
  incidentGeneric: {
    negative: [
      'Vuelo {flight} cancelado ({topic}) y nadie coge el teléfono {tag}',
      '{brand} {topic}: mi viaje a {city} arruinado, {hours} horas esperando {tag}',
      'Muy enfadado con vuestra comunicación sobre {topic}. Cero información {tag}',
    ],
    neutral: ['¿Mi vuelo {flight} está afectado ({topic})? {tag}', '¿Dónde veo novedades sobre {topic}? {tag}'],
    positive: ['Gracias por las actualizaciones rápidas sobre {topic} {tag}'],
  },
  incidentReplies: [
    'Hola {name}, lo sentimos. Por la incidencia hay muchos vuelos cancelados; puedes cambiar gratis en Mi Reserva. ^{agent}',
    'Hola {name}, estamos recibiendo muchísimos mensajes. Consulta el estado en nuestra página de avisos de viaje. ^{agent}',
  ],
  hashtags: ['#viajes', '#retraso', '#atencionalcliente', '#vacaciones', '#equipaje', '#vergüenza'],
};
