/**
 * The pizza operations the e2e tests send through the router, as a client would. Each helper of
 * the system appends its own block (orders and deliveries; refunds and coupons; the status view).
 */

// --- orders and deliveries (pizza-orders, deliveries) ---
const ORDER_FIELDS = `id status amount placedAt paidAt canceledAt deliveredAt lines { name quantity unitPrice pizza { id name price } } customer { id } payment { id }`;
const DELIVERY_FIELDS = `id status refundId startedAt deliveredAt refundedAt returnedAt canceledAt order { id } customer { id } courier { id }`;

export const MENU = `query { pizzaMenu { id name description price } }`;
export const PLACE = `mutation($input: PlacePizzaOrderInput!) { placePizzaOrder(input: $input) { ${ORDER_FIELDS} } }`;
export const PAY = `mutation($id: ID!) { payPizzaOrder(id: $id) { ${ORDER_FIELDS} } }`;
export const CANCEL_ORDER = `mutation($id: ID!) { cancelPizzaOrder(id: $id) { ${ORDER_FIELDS} } }`;
export const ORDER = `query($id: ID!) { pizzaOrder(id: $id) { ${ORDER_FIELDS} delivery { id status } } }`;
export const MY_ORDERS = `query { myPizzaOrders { id status amount } }`;
export const ORDER_PAYMENT = `query($id: ID!) { pizzaOrder(id: $id) { id status payment { id status amount reference } } }`;
export const DELIVERY = `query($id: ID!) { delivery(id: $id) { ${DELIVERY_FIELDS} } }`;
export const MY_DELIVERIES = `query { myDeliveries { id status order { id } } }`;
export const DELIVERY_QUEUE = `query { deliveryQueue { id status order { id } } }`;
export const MARK_DELIVERED = `mutation($id: ID!) { markDelivered(id: $id) { ${DELIVERY_FIELDS} } }`;
export const CANCEL_REFUND_DELIVERY = `mutation($id: ID!) { cancelRefundDelivery(id: $id) { ${DELIVERY_FIELDS} } }`;
export const COMPLETE_REFUND_DELIVERY = `mutation($id: ID!) { completeRefundDelivery(id: $id) { ${DELIVERY_FIELDS} } }`;
