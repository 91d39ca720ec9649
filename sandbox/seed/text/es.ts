import type { LanguagePack } from './pack';

export const ES: LanguagePack = {
  picklist: {
    bought_away: ['Precio', 'Muy caro'],
    pulled_away: ['Funcionalidad', 'Producto de la competencia'],
    unintentionally_pushed_away: ['Problemas de servicio', 'Soporte'],
    moved_away: ['Adquisición', 'Cierre', 'Lo hacen internamente'],
    intentionally_pushed_away: ['No rentable', 'Impagos'],
    undetermined: ['Otro', 'Sin decisión'],
  },
  short: {
    bought_away: ['se fueron con {competitor}, {pct}% más barato', 'precio, nos ganó {competitor}', 'compras eligió la oferta más barata', 'recorte de presupuesto, buscaron algo más económico'],
    pulled_away: ['{competitor} tiene integración nativa con su ERP', 'querían plataforma todo en uno', 'la app móvil de {competitor} es mejor', 'nos faltan funciones multi-sede'],
    unintentionally_pushed_away: ['demasiadas caídas, soporte no responde', 'errores de facturación repetidos', 'la migración de {month} salió mal', 'retrasos en la entrega de escáneres'],
    moved_away: ['comprados por {acquirer}, el grupo usa otra herramienta', 'cerraron la planta de {city}', 'lo llevan internamente ahora', 'concurso de acreedores'],
    intentionally_pushed_away: ['no renovamos nosotros, pagos atrasados', 'cliente no rentable', 'decisión de dirección: no seguir'],
    undetermined: ['no contestan', 'otro', 'sin respuesta tras la cotización', 'perdido'],
  },
  long: {
    bought_away: ['Llamada con {contact}: se cambian a {competitor} al final del contrato. Lo decisivo fue el precio, un {pct}% por debajo de nuestra renovación. Estaban contentos con el producto y el servicio.'],
    pulled_away: ['{contact} me explicó la decisión: {competitor} cubre inventario y servicio de campo en una sola plataforma. El precio era parecido. Nuestro {product} es bueno pero lo ven como solución aislada.'],
    unintentionally_pushed_away: ['Seamos sinceros: les fallamos. Tras la actualización de {month} la sincronización de la sede de {city} estuvo caída casi tres semanas. {contact} escaló dos veces sin respuesta. Se van con {competitor}. Corresponde una llamada de disculpa.'],
    moved_away: ['{contact} avisó que {acquirer} los adquirió en {month}. El grupo impone su propia plataforma. No tiene que ver con nosotros, quedaron contentos.'],
    intentionally_pushed_away: ['Dirección decidió no renovar. La cuenta generaba más horas de soporte que ingresos y discutía cada factura. Ofrecimos una transición ordenada y recomendamos a {competitor}.'],
    undetermined: ['Intenté contactar a {contact} varias veces por la renovación, sin respuesta. El contrato venció a fines de {month}.'],
  },
  failureTickets: ['Sincronización caída en {city}', 'Factura {invoice} cobrada dos veces', 'URGENTE: la app se cierra', 'Faltan datos tras la migración'],
  noiseTickets: ['¿Cómo exporto un informe?', 'Restablecer contraseña'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  renewalWord: 'Renovación',
  accountNotes: ['Revisión trimestral buena, {contact} contento.', 'Hablamos de ampliar a {city}.'],
};
