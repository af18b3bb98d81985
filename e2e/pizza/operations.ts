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

// --- refunds and coupons (refunds, coupons) ---
const REFUND_FIELDS = `id reason status final requestedAt canceledAt completedAt order { id } customer { id } delivery { id status }`;
const COUPON_FIELDS = `id code status issuedAt revokedAt order { id } customer { id }`;

export const REQUEST_REFUND = `mutation($input: RequestPizzaRefundInput!) { requestPizzaRefund(input: $input) { ${REFUND_FIELDS} } }`;
export const REFUND = `query($id: ID!) { pizzaRefund(id: $id) { ${REFUND_FIELDS} } }`;
export const MY_REFUNDS = `query { myPizzaRefunds { id reason status order { id } } }`;
export const ORDER_REFUND_AND_COUPON = `query($id: ID!) { pizzaOrder(id: $id) { id status delivery { id status } refund { id reason status final } coupon { ${COUPON_FIELDS} } payment { id status } } }`;
export const COUPON = `query($id: ID!) { coupon(id: $id) { ${COUPON_FIELDS} } }`;
export const MY_COUPONS = `query { myCoupons { ${COUPON_FIELDS} } }`;
