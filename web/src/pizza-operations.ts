import { gql } from "urql";
import type { CouponStatus, DeliveryStatus, PaymentStatus, PizzaOrderStatus, PizzaRefundStatus } from "./generated/graphql.ts";

/** The pizza operations of the web client, as the router's schema (schema/supergraph.graphql) has them. */

export const PIZZA_MENU = gql`
  query PizzaMenu {
    pizzaMenu {
      id
      name
      description
      price
    }
  }
`;

/** The customer's status screen: the read model in views, one subgraph fetch. */
export const MY_PIZZA_ORDER_BOARD = gql`
  query MyPizzaOrderBoard {
    myPizzaOrderBoard {
      id
      lines {
        pizzaId
        name
        quantity
        unitPrice
      }
      amount
      status
      placedAt
      paymentStatus
      deliveryId
      deliveryStatus
      couponCode
      couponStatus
      refund {
        id
        status
        reason
      }
      updatedAt
    }
  }
`;

export const PLACE_PIZZA_ORDER = gql`
  mutation PlacePizzaOrder($input: PlacePizzaOrderInput!) {
    placePizzaOrder(input: $input) {
      id
      status
      amount
    }
  }
`;

export const PAY_PIZZA_ORDER = gql`
  mutation PayPizzaOrder($id: ID!) {
    payPizzaOrder(id: $id) {
      id
      status
    }
  }
`;

export const CANCEL_PIZZA_ORDER = gql`
  mutation CancelPizzaOrder($id: ID!) {
    cancelPizzaOrder(id: $id) {
      id
      status
    }
  }
`;

export const REQUEST_PIZZA_REFUND = gql`
  mutation RequestPizzaRefund($input: RequestPizzaRefundInput!) {
    requestPizzaRefund(input: $input) {
      id
      status
      reason
    }
  }
`;

export const MY_PIZZA_ORDER_CHANGES = gql`
  subscription MyPizzaOrderChanges {
    myPizzaOrderChanges {
      cursor
      status
      occurredAt
      order {
        id
      }
    }
  }
`;

export const MY_DELIVERY_CHANGES = gql`
  subscription MyDeliveryChanges {
    myDeliveryChanges {
      cursor
      status
      occurredAt
      delivery {
        id
        order {
          id
        }
      }
    }
  }
`;

export const MY_PIZZA_REFUND_CHANGES = gql`
  subscription MyPizzaRefundChanges {
    myPizzaRefundChanges {
      cursor
      status
      occurredAt
      refund {
        id
        reason
        order {
          id
        }
      }
    }
  }
`;

/** The coupon's changes (issued on delivery, revoked on refund, restored when the refund is canceled), with its order. */
export const MY_COUPON_CHANGES = gql`
  subscription MyCouponChanges {
    myCouponChanges {
      cursor
      status
      occurredAt
      coupon {
        id
        code
        order {
          id
        }
      }
    }
  }
`;

export const DELIVERY_QUEUE = gql`
  query DeliveryQueue {
    deliveryQueue {
      id
      status
      order {
        id
        amount
        lines {
          name
          quantity
        }
      }
    }
  }
`;

const DELIVERY_ANSWER = `
  id
  status
`;

export const MARK_DELIVERED = gql`
  mutation MarkDelivered($id: ID!) {
    markDelivered(id: $id) {
      ${DELIVERY_ANSWER}
    }
  }
`;

export const CANCEL_REFUND_DELIVERY = gql`
  mutation CancelRefundDelivery($id: ID!) {
    cancelRefundDelivery(id: $id) {
      ${DELIVERY_ANSWER}
    }
  }
`;

export const COMPLETE_REFUND_DELIVERY = gql`
  mutation CompleteRefundDelivery($id: ID!) {
    completeRefundDelivery(id: $id) {
      ${DELIVERY_ANSWER}
    }
  }
`;

export interface Pizza {
  id: string;
  name: string;
  description: string;
  price: number;
}

export interface PizzaOrderRow {
  id: string;
  lines: { pizzaId: string; name: string; quantity: number; unitPrice: number }[];
  amount: number;
  status: PizzaOrderStatus;
  placedAt: string;
  paymentStatus: PaymentStatus | null;
  deliveryId: string | null;
  deliveryStatus: DeliveryStatus | null;
  couponCode: string | null;
  couponStatus: CouponStatus | null;
  refund: { id: string; status: PizzaRefundStatus; reason: string | null } | null;
  updatedAt: string;
}

export interface PizzaOrderChange {
  cursor: string;
  status: PizzaOrderStatus;
  occurredAt: string;
  order: { id: string };
}

export interface DeliveryChange {
  cursor: string;
  status: DeliveryStatus;
  occurredAt: string;
  delivery: { id: string; order: { id: string } };
}

export interface PizzaRefundChange {
  cursor: string;
  status: PizzaRefundStatus;
  occurredAt: string;
  refund: { id: string; reason: string; order: { id: string } };
}

export interface CouponChange {
  cursor: string;
  status: CouponStatus;
  occurredAt: string;
  coupon: { id: string; code: string; order: { id: string } };
}

export interface QueuedDelivery {
  id: string;
  status: DeliveryStatus;
  order: { id: string; amount: number; lines: { name: string; quantity: number }[] };
}
