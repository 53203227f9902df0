import { MedusaService } from "@medusajs/framework/utils"
import { GroupDocument } from "./models/group-document"
import { GroupInvite } from "./models/group-invite"
import { GroupOrderCancellation } from "./models/group-order-cancellation"
import { GroupMembership } from "./models/group-membership"
import { GroupStatusEvent } from "./models/group-status-event"
import { Producer } from "./models/producer"
import { ProducerGroup } from "./models/producer-group"
import { ProducerUpload } from "./models/producer-upload"

/** Producer groups, the people who act for them, their invites, documents and status history. */
export default class ProducerModuleService extends MedusaService({
  ProducerGroup,
  Producer,
  GroupMembership,
  GroupInvite,
  GroupDocument,
  GroupStatusEvent,
  ProducerUpload,
  GroupOrderCancellation,
}) {}
