/**
 * Demo producer groups. The communities and their crafts are real OTOP villages (the tambon codes are
 * the real DOPA codes of those places), but the groups, people, numbers and contacts are invented:
 * phones use the unassigned 08x-000-xxxx range so nobody gets called by a demo shopper.
 */
import type { DemoProducerGroup } from "./types"

export const DEMO_PRODUCER_GROUPS: DemoProducerGroup[] = [
  // ---------------------------------------------------------------- Northeast (ภาคตะวันออกเฉียงเหนือ)
  {
    handle: "ban-tha-sawang-silk",
    name: { th: "กลุ่มทอผ้าไหมบ้านท่าสว่าง", en: "Ban Tha Sawang Silk Weaving Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "320105", // ท่าสว่าง เมืองสุรินทร์
    village: { th: "บ้านท่าสว่าง", en: "Ban Tha Sawang" },
    moo: 2,
    story: {
      th: "เราเป็นช่างทอชาวไทยเขมรแห่งบ้านท่าสว่าง ทอผ้าไหมมัดหมี่และผ้าไหมยกทองด้วยกี่พื้นบ้านตามที่ยายสอนไว้ ไหมทุกเส้นสาวด้วยมือจากรังไหมพันธุ์พื้นบ้านที่เลี้ยงกันเองในหมู่บ้าน แล้วจึงมัดหมี่และย้อมสีตามจังหวะของฤดูกาล ผ้าหนึ่งผืนใช้เวลาหลายสัปดาห์ และรายได้จากทุกผืนกลับคืนสู่แม่ ๆ ในชุมชนของเรา",
      en: "We are Thai-Khmer weavers of Ban Tha Sawang, weaving mudmee and gold-brocade silk on village looms just as our grandmothers taught us. Every thread is hand-reeled from the cocoons of native silkworms raised here in the village, then tied and dyed to the rhythm of the seasons. A single length takes weeks, and the income from every piece goes back to the mothers of our community.",
    },
    otop_registration_no: "OTOP-32-2553-00041",
    registration_year_be: 2553,
    community_enterprise_no: "1-32-01-05/1-0012",
    contact: { phone: "081-000-3201", line_id: "@thasawangsilk", email: "thasawang.silk@example.com" },
    status: "approved",
  },
  {
    handle: "ban-phon-praewa",
    name: { th: "กลุ่มทอผ้าไหมแพรวาบ้านโพน", en: "Ban Phon Praewa Silk Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "461002", // โพน คำม่วง กาฬสินธุ์
    village: { th: "บ้านโพน", en: "Ban Phon" },
    moo: 1,
    story: {
      th: "บ้านโพนเป็นชุมชนผู้ไทที่ได้ชื่อว่าเป็นบ้านของ \"ราชินีแห่งผ้าไหม\" ผ้าแพรวาของเราเก็บลายด้วยมือทีละเส้น ผสมเทคนิคขิดและจกจนเกิดลายดอกละเอียดเต็มผืน ลายเก่าแก่กว่าร้อยลายถูกบันทึกไว้บนผ้าแส่ว ซึ่งแม่ ๆ ยังใช้สอนลูกสาวอยู่จนทุกวันนี้",
      en: "Ban Phon is a Phu Tai community known as the home of the \"queen of silks\". Our praewa is patterned by hand, thread by thread, combining khit and chok techniques into dense, intricate motifs. More than a hundred old patterns are recorded on sample cloths called pha saew, which mothers still use to teach their daughters today.",
    },
    otop_registration_no: "OTOP-46-2552-00007",
    registration_year_be: 2552,
    community_enterprise_no: "1-46-10-02/1-0003",
    contact: { phone: "082-000-4610", line_id: "@banphonpraewa" },
    status: "approved",
  },
  {
    handle: "ban-si-than-khit",
    name: { th: "กลุ่มหมอนขิดและผ้าขิดบ้านศรีฐาน", en: "Ban Si Than Khit Pillow and Cloth Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "350505", // ศรีฐาน ป่าติ้ว ยโสธร
    village: { th: "บ้านศรีฐาน", en: "Ban Si Than" },
    moo: 3,
    story: {
      th: "บ้านศรีฐานคือหมู่บ้านหมอนขิดที่เลื่องชื่อของยโสธร พอว่างจากงานนา ทุกบ้านจะมีเสียงกี่ทอผ้าขิดและเสียงจักรเย็บหมอนสามเหลี่ยมดังอยู่ใต้ถุนเรือน เรายัดหมอนด้วยนุ่นจากต้นนุ่นที่ปลูกในหมู่บ้าน หมอนทุกใบจึงแน่น คงรูป และใช้ได้นานนับสิบปี",
      en: "Ban Si Than is Yasothon's famous khit-pillow village. Once the rice is in, the space beneath every stilt house hums with looms weaving khit and machines sewing triangle pillows. We stuff them with kapok from trees grown in the village, so every pillow is firm, keeps its shape and lasts for many years.",
    },
    otop_registration_no: "OTOP-35-2554-00112",
    registration_year_be: 2554,
    community_enterprise_no: "1-35-05-05/3-0021",
    contact: { phone: "083-000-3505", line_id: "sithan.khit" },
    status: "approved",
  },
  {
    handle: "thung-kula-hom-mali",
    name: {
      th: "วิสาหกิจชุมชนข้าวหอมมะลิอินทรีย์ทุ่งกุลา",
      en: "Thung Kula Organic Hom Mali Rice Community Enterprise",
    },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "450201", // เกษตรวิสัย ร้อยเอ็ด, in the Thung Kula Rong Hai GI area
    village: { th: "บ้านดอนแก้ว", en: "Ban Don Kaeo" },
    moo: 7,
    story: {
      th: "ทุ่งกุลาร้องไห้เคยเป็นทุ่งแล้งกว้างจนผู้คนที่เดินข้ามต้องร้องไห้ แต่วันนี้ดินปนทรายที่มีเกลือแร่กับอากาศเย็นช่วงปลายฝนต้นหนาวกลับทำให้ข้าวหอมมะลิของเราหอมที่สุดในประเทศ สมาชิก 46 ครอบครัวปลูกข้าวแบบอินทรีย์ ตากข้าวเปลือกบนลาน และสีเป็นข้าวสารครั้งละน้อย เพื่อให้ข้าวถึงมือคุณขณะที่ยังหอมใหม่",
      en: "Thung Kula Rong Hai was once a plain so dry and vast that travellers wept as they crossed it. Today its sandy, mineral-rich soil and the cool nights at the end of the rains give our hom mali the finest fragrance in Thailand. Our 46 member families farm organically, sun-dry the paddy in the yard and mill it in small batches, so the rice reaches you while it is still fresh and fragrant.",
    },
    otop_registration_no: "OTOP-45-2556-00230",
    registration_year_be: 2556,
    community_enterprise_no: "1-45-02-01/7-0009",
    contact: { phone: "084-000-4502", line_id: "@thungkularice", email: "thungkula.rice@example.com" },
    status: "approved",
  },
  {
    handle: "ban-chiang-pottery",
    name: { th: "เครื่องปั้นลายเขียนสีบ้านเชียง ลุงสมบัติ", en: "Lung Sombat's Ban Chiang Painted Pottery" },
    producer_type: "SINGLE_OWNER",
    subdistrict_code: "410609", // บ้านเชียง หนองหาน อุดรธานี
    village: { th: "บ้านเชียง", en: "Ban Chiang" },
    moo: 13,
    story: {
      th: "ผมเติบโตข้างแหล่งมรดกโลกบ้านเชียง ที่ซึ่งบรรพชนเคยปั้นหม้อแล้วเขียนลายก้นหอยสีแดงไว้เมื่อหลายพันปีก่อน ผมขึ้นรูปทุกชิ้นจากดินเหนียวในทุ่งนาของหมู่บ้าน เผาแล้วเขียนลายด้วยสีแดงจากดินลูกรังตามแบบโบราณ เพื่อให้ลวดลายเก่าแก่นี้ยังมีชีวิตอยู่ในบ้านของผู้คน",
      en: "I grew up beside the Ban Chiang World Heritage site, where our ancestors painted red swirling spirals on their pots thousands of years ago. I shape every piece from clay dug in the village rice fields, fire it, then paint it with red laterite pigment in the ancient way, so these old patterns can live on in people's homes.",
    },
    otop_registration_no: "OTOP-41-2557-00318",
    registration_year_be: 2557,
    contact: { phone: "085-000-4106", line_id: "lungsombat.banchiang" },
    status: "approved",
  },
  {
    handle: "ban-don-koi-indigo",
    name: { th: "กลุ่มผ้าฝ้ายย้อมครามบ้านดอนกอย", en: "Ban Don Koi Natural Indigo Cotton Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "470401", // พรรณา พรรณานิคม สกลนคร
    village: { th: "บ้านดอนกอย", en: "Ban Don Koi" },
    moo: 2,
    story: {
      th: "ที่บ้านดอนกอย เราปลูกต้นครามเอง หมักใบครามในโอ่งดิน แล้วก่อหม้อครามด้วยน้ำขี้เถ้าตามภูมิปัญญาของแม่เฒ่า หม้อครามต้องเลี้ยงดูทุกวันเหมือนสิ่งมีชีวิต ผ้าฝ้ายทุกผืนจึงได้สีน้ำเงินที่ลึก มีมิติ และเป็นผ้าครามธรรมชาติสกลนครที่ได้รับการขึ้นทะเบียน GI",
      en: "In Ban Don Koi we grow our own indigo, ferment the leaves in clay jars and build our dye vats with ash water, the way our grandmothers did. An indigo vat has to be fed every day like a living thing, which is what gives each cotton cloth its deep, layered blue. Our cloth carries the Sakon Nakhon Natural Indigo geographical indication.",
    },
    otop_registration_no: "OTOP-47-2556-00094",
    registration_year_be: 2556,
    community_enterprise_no: "1-47-04-01/2-0015",
    contact: { phone: "086-000-4704", line_id: "@donkoiindigo" },
    status: "approved",
  },
  {
    handle: "phu-phan-mao-wine",
    name: { th: "วิสาหกิจชุมชนไวน์หมากเม่าภูพาน", en: "Phu Phan Mao Berry Wine Community Enterprise" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "470112", // ห้วยยาง เมืองสกลนคร
    village: { th: "บ้านนาโพธิ์", en: "Ban Na Pho" },
    moo: 5,
    story: {
      th: "หมากเม่าเป็นผลไม้ป่าบนเทือกเขาภูพาน ที่สุกพร้อมกันเพียงปีละครั้งในเดือนสิงหาคมถึงกันยายน ช่วงนั้นทั้งหมู่บ้านจะขึ้นเขาไปเก็บช่อที่สุกเป็นสีม่วงดำ แล้วนำมาหมักอย่างช้า ๆ ในโรงหมักของกลุ่ม จนได้ไวน์และน้ำหมากเม่าสีทับทิม รสเปรี้ยวอมหวานที่ไม่เหมือนผลไม้ใด",
      en: "Mak mao is a wild berry of the Phu Phan range that ripens all at once, just once a year, in August and September. In that season the whole village heads up the hills to pick the clusters as they turn purple-black, then ferments them slowly in our group's winery into ruby-red wine and juice with a tart-sweet taste like no other fruit.",
    },
    otop_registration_no: "OTOP-47-2558-00187",
    registration_year_be: 2558,
    community_enterprise_no: "1-47-01-12/5-0004",
    contact: { phone: "087-000-4701", line_id: "@phuphanmao" },
    status: "approved",
  },

  // ---------------------------------------------------------------- North (ภาคเหนือ)
  {
    handle: "ban-tawai-woodcarving",
    name: { th: "กลุ่มหัตถกรรมแกะสลักไม้บ้านถวาย", en: "Ban Tawai Woodcarving Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "501505", // ขุนคง หางดง เชียงใหม่
    village: { th: "บ้านถวาย", en: "Ban Tawai" },
    moo: 2,
    story: {
      th: "บ้านถวายเริ่มต้นจากช่างแกะสลักไม่กี่คนเมื่อกว่าเจ็ดสิบปีก่อน จนวันนี้กลายเป็นหมู่บ้านหัตถกรรมไม้ที่ใหญ่ที่สุดแห่งหนึ่งของภาคเหนือ ช่างในกลุ่มของเราแกะช้าง แผ่นไม้ลายดอก และของใช้ในบ้านด้วยมือทุกชิ้น โดยใช้ไม้สักจากสวนป่าปลูกและไม้เก่าที่นำกลับมาใช้ใหม่",
      en: "Ban Tawai began more than seventy years ago with a handful of carvers; today it is one of the largest woodcraft villages in northern Thailand. The carvers in our group shape elephants, floral panels and homeware entirely by hand, using plantation-grown teak and reclaimed timber.",
    },
    otop_registration_no: "OTOP-50-2553-00126",
    registration_year_be: 2553,
    community_enterprise_no: "1-50-15-05/2-0031",
    contact: { phone: "088-000-5015", line_id: "@tawaicarving", email: "tawai.carving@example.com" },
    status: "approved",
  },
  {
    handle: "bo-sang-umbrella",
    name: { th: "กลุ่มร่มกระดาษสาบ่อสร้าง", en: "Bo Sang Paper Umbrella Makers" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "501312", // ต้นเปา สันกำแพง เชียงใหม่
    village: { th: "บ้านบ่อสร้าง", en: "Ban Bo Sang" },
    moo: 3,
    story: {
      th: "ร่มบ่อสร้างทุกคันผ่านมือช่างหลายคน ตั้งแต่เหลาซี่ร่มจากไม้ไผ่ กลึงหัวร่มและตุ้มร่มจากไม้ ขึงกระดาษสาหรือผ้าฝ้าย ทาน้ำมันกันน้ำ ไปจนถึงวาดลายดอกไม้ด้วยมือเปล่า ตำนานเล่าว่าพระธุดงค์รูปหนึ่งนำวิชาทำร่มมาจากพม่า และเราก็ทำสืบต่อกันมาหลายชั่วคน ผู้มาเยือนยังแวะมานั่งดูช่างวาดร่มได้ทุกวัน",
      en: "Every Bo Sang umbrella passes through many hands: bamboo ribs are split and shaved, the wooden crown and runner are turned, sa paper or cotton is stretched and oiled against the rain, and finally flowers are painted freehand. Legend says a wandering monk brought umbrella-making here from Burma, and we have carried it on for generations. Visitors can still drop by and watch our painters at work every day.",
    },
    otop_registration_no: "OTOP-50-2552-00019",
    registration_year_be: 2552,
    community_enterprise_no: "1-50-13-12/3-0008",
    contact: { phone: "089-000-5013", line_id: "@bosangumbrella" },
    status: "approved",
  },
  {
    handle: "mae-chaem-teen-jok",
    name: { th: "กลุ่มทอผ้าซิ่นตีนจกแม่แจ่ม", en: "Mae Chaem Teen Jok Weavers" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "500302", // ท่าผา แม่แจ่ม เชียงใหม่
    village: { th: "บ้านท่าผา", en: "Ban Tha Pha" },
    moo: 1,
    story: {
      th: "ในหุบเขาแม่แจ่ม เด็กผู้หญิงไทยวนเริ่มหัดจกผ้าตั้งแต่ยังเล็ก เราใช้ขนเม่นเกี่ยวเส้นด้ายขึ้นทีละเส้นจนเกิดลายนาค ลายหงส์ และลายโคม ตามแบบตีนจกโบราณ ซิ่นหนึ่งผืนใช้เวลาทอหนึ่งถึงสองเดือน และผู้ซื้อทุกคนจะได้รู้จักชื่อของแม่ผู้ทอผืนนั้น",
      en: "In the Mae Chaem valley, Tai Yuan girls learn to chok while they are still small. We lift the threads one by one with a porcupine quill to build the naga, hamsa and lantern motifs of the classic teen jok hem. One sinh takes one to two months on the loom, and every buyer gets to know the name of the woman who wove it.",
    },
    otop_registration_no: "OTOP-50-2555-00207",
    registration_year_be: 2555,
    community_enterprise_no: "1-50-03-02/1-0014",
    contact: { phone: "080-000-5003", line_id: "maechaem.teenjok" },
    status: "approved",
  },
  {
    handle: "pa-sri-nuan-nam-prik",
    name: { th: "น้ำพริกป้าศรีนวล สารภี", en: "Pa Sri Nuan's Nam Prik, Saraphi" },
    producer_type: "SINGLE_OWNER",
    subdistrict_code: "501907", // หนองผึ้ง สารภี เชียงใหม่
    village: { th: "บ้านหนองผึ้ง", en: "Ban Nong Phueng" },
    moo: 4,
    story: {
      th: "ป้าศรีนวลตำน้ำพริกหนุ่มขายที่กาดมาตั้งแต่ปี 2530 ด้วยสูตรที่ได้รับต่อมาจากแม่ เราย่างพริกหนุ่ม หอมแดง และกระเทียมบนเตาถ่านจนหอมกลิ่นควัน แล้วโขลกด้วยครกไม้ทีละครก ไม่ใส่สารกันเสีย ทุกวันนี้ลูกหลานช่วยกันทำและส่งตรงถึงบ้านคุณ",
      en: "Pa Sri Nuan has been pounding nam prik num for the local market since 1987, using the recipe she learned from her mother. We roast young green chillies, shallots and garlic over charcoal until smoky, then pound them batch by batch in a wooden mortar, with no preservatives. Today her children and grandchildren make it together and send it straight to your door.",
    },
    otop_registration_no: "OTOP-50-2556-00342",
    registration_year_be: 2556,
    contact: { phone: "081-000-5019", line_id: "pasrinuan.namprik" },
    status: "approved",
  },
  {
    handle: "mae-kampong-coffee",
    name: { th: "กลุ่มกาแฟและเมี่ยงบ้านแม่กำปอง", en: "Ban Mae Kampong Coffee and Miang Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "502304", // ห้วยแก้ว แม่ออน เชียงใหม่
    village: { th: "บ้านแม่กำปอง", en: "Ban Mae Kampong" },
    moo: 3,
    story: {
      th: "บ้านแม่กำปองเป็นหมู่บ้านกลางป่าเมี่ยงบนความสูงราว 1,300 เมตร ปู่ย่าของเราเก็บใบชาป่ามาหมักเป็นเมี่ยง ส่วนคนรุ่นใหม่ปลูกกาแฟอาราบิกาใต้ร่มไม้ใหญ่ ตอนนี้เรากำลังยื่นลงทะเบียนผู้ผลิต OTOP เพื่อนำกาแฟของหมู่บ้านมาขายออนไลน์เป็นครั้งแรก",
      en: "Ban Mae Kampong is a village set in miang tea forest at around 1,300 metres. Our grandparents picked wild tea leaves to ferment into miang, while the younger generation grows arabica coffee in the shade of the big trees. We are now applying for OTOP producer registration so we can sell the village's coffee online for the first time.",
    },
    otop_registration_no: "OTOP-50-2567-00518",
    registration_year_be: 2567,
    contact: { phone: "082-000-5023", line_id: "maekampong.coffee" },
    status: "pending",
  },
  {
    handle: "doi-chang-coffee",
    name: { th: "กลุ่มผู้ปลูกกาแฟอาข่าดอยช้าง", en: "Doi Chang Akha Coffee Growers" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "571006", // วาวี แม่สรวย เชียงราย
    village: { th: "บ้านดอยช้าง", en: "Ban Doi Chang" },
    moo: 16,
    story: {
      th: "บนดอยช้างที่ความสูง 1,200 ถึง 1,700 เมตร ครอบครัวชาวอาข่าและลีซูเปลี่ยนมาปลูกกาแฟอาราบิกาแทนฝิ่นเมื่อกว่าสี่สิบปีก่อน เราเก็บเฉพาะผลเชอร์รีที่สุกแดงด้วยมือ ตากบนแคร่ยกพื้น และคั่วเป็นรอบเล็ก ๆ ในหมู่บ้าน กาแฟดอยช้างได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ และรายได้ช่วยส่งลูกหลานของเราได้เรียนหนังสือ",
      en: "On Doi Chang, between 1,200 and 1,700 metres, Akha and Lisu families switched from opium to arabica coffee more than forty years ago. We hand-pick only ripe red cherries, dry them on raised beds and roast in small batches right in the village. Doi Chang coffee is a registered geographical indication, and its income puts our children through school.",
    },
    otop_registration_no: "OTOP-57-2554-00058",
    registration_year_be: 2554,
    community_enterprise_no: "1-57-10-06/16-0002",
    contact: { phone: "083-000-5710", line_id: "@doichangakha", email: "doichang.akha@example.com" },
    status: "approved",
  },
  {
    handle: "mae-salong-oolong",
    name: { th: "ไร่ชาคุณหลิว ดอยแม่สลอง", en: "Khun Liu's Tea Garden, Doi Mae Salong" },
    producer_type: "SINGLE_OWNER",
    subdistrict_code: "571503", // แม่สลองนอก แม่ฟ้าหลวง เชียงราย
    village: { th: "บ้านสันติคีรี", en: "Ban Santikhiri" },
    moo: 1,
    story: {
      th: "ครอบครัวของเราเป็นลูกหลานชาวจีนยูนนานที่ตั้งรกรากบนดอยแม่สลอง และปลูกชาอู่หลงบนไหล่เขามาสามรุ่นแล้ว เราเด็ดยอดชาด้วยมือเฉพาะหนึ่งยอดสองใบในยามเช้า นำมาผึ่ง นวด และคั่วในกระทะทีละน้อยจนใบม้วนเป็นเม็ด ชาของเราชงได้หลายน้ำและหอมกลิ่นดอกไม้ชัดเจน",
      en: "Our family descends from Yunnanese Chinese settlers on Doi Mae Salong, and three generations of us have grown oolong on these slopes. We hand-pick only the bud and two leaves in the early morning, then wither, roll and pan-fire them in small lots until the leaves curl into pearls. Our tea gives many infusions with a clear floral aroma.",
    },
    otop_registration_no: "OTOP-57-2557-00263",
    registration_year_be: 2557,
    contact: { phone: "084-000-5715", line_id: "khunliu.tea" },
    status: "approved",
  },
  {
    handle: "thung-hong-mo-hom",
    name: { th: "ร้านหม้อห้อมป้าเขียว ทุ่งโฮ้ง", en: "Pa Khiao's Mo Hom, Thung Hong" },
    producer_type: "SINGLE_OWNER",
    subdistrict_code: "540105", // ทุ่งโฮ้ง เมืองแพร่
    village: { th: "บ้านทุ่งโฮ้ง", en: "Ban Thung Hong" },
    moo: 2,
    story: {
      th: "ทุ่งโฮ้งเป็นหมู่บ้านไทพวนที่ย้อมผ้าหม้อห้อมสืบกันมาหลายชั่วคน ป้าเขียวยังหมักต้นห้อมเองในโอ่งดิน ย้อมผ้าฝ้ายซ้ำหลายรอบจนได้สีน้ำเงินเข้ม แล้วตากไว้บนราวไม้ไผ่หลังบ้าน ผ้าของเราจะนุ่มลงและสวยขึ้นทุกครั้งที่ซัก",
      en: "Thung Hong is a Tai Phuan village that has dyed mo hom cloth for generations. Pa Khiao still ferments her own hom plants in clay jars and dips the cotton again and again until it turns a deep blue, then hangs it on bamboo poles behind the house. Our cloth grows softer and more beautiful with every wash.",
    },
    otop_registration_no: "OTOP-54-2554-00077",
    registration_year_be: 2554,
    contact: { phone: "085-000-5401", line_id: "pakhiao.mohom" },
    status: "approved",
  },
  {
    handle: "lampang-chicken-bowl",
    name: { th: "บริษัท เซรามิกปงแสนทอง จำกัด", en: "Pong Saen Thong Ceramics Co., Ltd." },
    producer_type: "SME",
    subdistrict_code: "520108", // ปงแสนทอง เมืองลำปาง
    village: { th: "บ้านปงแสนทอง", en: "Ban Pong Saen Thong" },
    moo: 5,
    story: {
      th: "ลำปางเป็นเมืองแห่งชามตราไก่มาตั้งแต่ช่างชาวจีนค้นพบแหล่งดินขาวที่อำเภอแจ้ห่มเมื่อปี 2498 โรงงานเล็ก ๆ ของเราจ้างคนในตำบลกว่าสามสิบคน ขึ้นรูปด้วยแป้นหมุน และเขียนลายไก่ ต้นกล้วย และดอกโบตั๋นด้วยพู่กันทีละใบ ก่อนเผาที่อุณหภูมิสูงด้วยสีที่ปลอดสารตะกั่ว",
      en: "Lampang has been the home of the rooster bowl since Chinese potters found kaolin in Chae Hom district in 1955. Our small factory employs more than thirty people from the subdistrict, throwing every bowl on the wheel and brush-painting the rooster, banana tree and peony one piece at a time, before high-firing with lead-free colours.",
    },
    otop_registration_no: "OTOP-52-2555-00149",
    registration_year_be: 2555,
    contact: { phone: "086-000-5201", line_id: "@pongsaenthongceramics", email: "sales.pstceramics@example.com" },
    status: "approved",
  },

  // ---------------------------------------------------------------- Central (ภาคกลาง)
  {
    handle: "bang-krathum-kluay-tak",
    name: { th: "วิสาหกิจชุมชนกล้วยตากบางกระทุ่ม", en: "Bang Krathum Sun-dried Banana Community Enterprise" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "650501", // บางกระทุ่ม พิษณุโลก
    village: { th: "บ้านบางกระทุ่ม", en: "Ban Bang Krathum" },
    moo: 4,
    story: {
      th: "บางกระทุ่มคือบ้านเกิดของกล้วยตากที่ขึ้นชื่อที่สุดของเมืองไทย เราใช้กล้วยน้ำว้าสุกงอมจากสวนของสมาชิก ปอกเปลือกแล้วตากในโรงอบพลังแสงอาทิตย์ห้าถึงเจ็ดวัน กลับด้านทุกวันจนเนื้อเหนียวนุ่มหวานฉ่ำ โดยไม่เติมน้ำตาลหรือสารกันเสียเลย",
      en: "Bang Krathum is the birthplace of Thailand's best-known sun-dried bananas. We use fully ripe nam wa bananas from our members' orchards, peel them and dry them in solar dome dryers for five to seven days, turning them every day until they are chewy, soft and naturally sweet, with no added sugar or preservatives at all.",
    },
    otop_registration_no: "OTOP-65-2553-00033",
    registration_year_be: 2553,
    community_enterprise_no: "1-65-05-01/4-0006",
    contact: { phone: "087-000-6505", line_id: "@bangkrathumbanana" },
    status: "approved",
  },
  {
    handle: "koh-kret-pottery",
    name: { th: "กลุ่มเครื่องปั้นดินเผาชาวมอญเกาะเกร็ด", en: "Koh Kret Mon Pottery Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "120608", // เกาะเกร็ด ปากเกร็ด นนทบุรี
    village: { th: "บ้านเกาะเกร็ด", en: "Ban Koh Kret" },
    moo: 1,
    story: {
      th: "ชาวมอญบนเกาะเกร็ดปั้นหม้อจากดินเหนียวริมแม่น้ำเจ้าพระยามาตั้งแต่สมัยกรุงธนบุรี จุดเด่นของเราคือเครื่องปั้นลายวิจิตร ที่ช่างแกะลวดลายดอกไม้ให้ทะลุผิวดินด้วยมือขณะดินยังหมาด ๆ แล้วเผาในเตาจนได้สีส้มอิฐอันอบอุ่น",
      en: "The Mon people of Koh Kret have shaped pots from Chao Phraya river clay since the Thonburi era. We are known for our finely carved ware: while the clay is still leather-hard, the potter cuts floral patterns right through the wall by hand, then fires the piece to a warm brick orange.",
    },
    otop_registration_no: "OTOP-12-2554-00015",
    registration_year_be: 2554,
    community_enterprise_no: "1-12-06-08/1-0002",
    contact: { phone: "088-000-1206", line_id: "kohkret.mon.pottery" },
    status: "approved",
  },

  // ---------------------------------------------------------------- East (ภาคตะวันออก)
  {
    handle: "chan-fruit-processing",
    name: { th: "บริษัท จันท์ผลไม้แปรรูป จำกัด", en: "Chan Fruit Processing Co., Ltd." },
    producer_type: "SME",
    subdistrict_code: "220111", // พลับพลา เมืองจันทบุรี
    village: { th: "บ้านพลับพลา", en: "Ban Phlapphla" },
    moo: 6,
    story: {
      th: "เราเริ่มจากสวนทุเรียนของครอบครัวในตำบลพลับพลา และวันนี้รับซื้อทุเรียน มังคุด และเงาะจากสวนเพื่อนบ้านกว่า 60 รายในราคาที่เป็นธรรม ผลไม้ทุกลูกถูกแปรรูปภายในไม่กี่ชั่วโมงหลังตัดในโรงงานที่ได้มาตรฐาน GMP เพื่อให้รสชาติของจันทบุรีเดินทางได้ไกลกว่าฤดูผลไม้",
      en: "We started from our family's durian orchard in Phlapphla, and today we buy durian, mangosteen and rambutan at fair prices from more than 60 neighbouring orchards. Every fruit is processed within hours of harvest in our GMP-certified plant, so the taste of Chanthaburi can travel far beyond the fruit season.",
    },
    otop_registration_no: "OTOP-22-2559-00402",
    registration_year_be: 2559,
    contact: { phone: "089-000-2201", line_id: "@chanfruit", email: "hello.chanfruit@example.com" },
    status: "approved",
  },
  {
    handle: "samet-ngam-krajood",
    name: { th: "กลุ่มสตรีทอเสื่อกระจูดบ้านเสม็ดงาม", en: "Ban Samet Ngam Krajood Weaving Women's Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "220607", // บางกะไชย แหลมสิงห์ จันทบุรี
    village: { th: "บ้านเสม็ดงาม", en: "Ban Samet Ngam" },
    moo: 4,
    story: {
      th: "กระจูดเติบโตในพรุน้ำกร่อยใกล้ปากแม่น้ำจันทบุรี เราตัดต้นที่แก่ได้ที่ ทุบให้แบน ตากแดด และย้อมสี ก่อนทอเป็นเสื่อจันทบูรที่มีชื่อเสียงมาช้านาน วันนี้กลุ่มของเรายังต่อยอดเป็นกระเป๋าและของใช้สมัยใหม่ โดยทุกชิ้นยังทอด้วยมือเหมือนเดิม",
      en: "Krajood sedge grows in the brackish swamps near the mouth of the Chanthaburi River. We cut the mature stems, pound them flat, dry them in the sun and dye them before weaving the long-famous Chanthaboon mats. Today our group also makes bags and modern homeware, and every piece is still woven by hand.",
    },
    otop_registration_no: "OTOP-22-2556-00188",
    registration_year_be: 2556,
    community_enterprise_no: "1-22-06-07/4-0011",
    contact: { phone: "080-000-2206", line_id: "sametngam.krajood" },
    status: "approved",
  },
  {
    handle: "dong-phra-ram-herbs",
    name: { th: "วิสาหกิจชุมชนสมุนไพรดงพระราม", en: "Dong Phra Ram Herbal Community Enterprise" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "250107", // ดงพระราม เมืองปราจีนบุรี
    village: { th: "บ้านดงพระราม", en: "Ban Dong Phra Ram" },
    moo: 5,
    story: {
      th: "ปราจีนบุรีเป็นเมืองแห่งการแพทย์แผนไทย และสมาชิกของเราหลายคนปลูกสมุนไพรส่งโรงพยาบาลในจังหวัดมานานหลายปี เราปลูกไพล ขมิ้นชัน ตะไคร้ และเสลดพังพอนแบบไม่ใช้สารเคมีในแปลงรวมของชุมชน แล้วแปรรูปเป็นลูกประคบ ยาหม่อง และน้ำมันนวด ตามตำรับที่หมอพื้นบ้านในหมู่บ้านถ่ายทอดให้",
      en: "Prachin Buri is the home of Thai traditional medicine, and many of our members have grown herbs for the provincial hospital for years. We grow phlai, turmeric, lemongrass and Sabah snake grass without chemicals on the community plot, then make them into herbal compresses, balms and massage oils following recipes passed down by the village's folk healer.",
    },
    otop_registration_no: "OTOP-25-2558-00096",
    registration_year_be: 2558,
    community_enterprise_no: "1-25-01-07/5-0007",
    contact: { phone: "081-000-2501", line_id: "@dongphraramherb" },
    status: "approved",
  },

  // ---------------------------------------------------------------- West (ภาคตะวันตก)
  {
    handle: "tha-sen-palm-sugar",
    name: { th: "กลุ่มน้ำตาลโตนดบ้านท่าเสน", en: "Ban Tha Sen Toddy Palm Sugar Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "760607", // ท่าเสน บ้านลาด เพชรบุรี
    village: { th: "บ้านท่าเสน", en: "Ban Tha Sen" },
    moo: 3,
    story: {
      th: "ทุกเช้าก่อนแดดแรง สมาชิกของเราปีนต้นตาลโตนดที่สูงกว่าสิบเมตรเพื่อรองน้ำตาลสดจากงวงตาล แล้วเคี่ยวในกระทะใบบัวบนเตาฟืนนานหลายชั่วโมงจนข้นและหอมเป็นน้ำตาลโตนดแท้ เราไม่ผสมน้ำตาลทรายเลยแม้แต่น้อย เพราะน้ำตาลโตนดเพชรบุรีคือสิ่งบ่งชี้ทางภูมิศาสตร์ที่เราภูมิใจ",
      en: "Every morning before the sun gets strong, our members climb toddy palms more than ten metres tall to collect the fresh sap from the flower stalks, then simmer it for hours in wide pans over wood fires until it thickens into true palm sugar. We never add a grain of cane sugar, because Phetchaburi palm sugar is a geographical indication we are proud of.",
    },
    otop_registration_no: "OTOP-76-2554-00061",
    registration_year_be: 2554,
    community_enterprise_no: "1-76-06-07/3-0005",
    contact: { phone: "082-000-7606", line_id: "@thasenpalmsugar" },
    status: "approved",
  },
  {
    handle: "khu-bua-tai-yuan-weavers",
    name: { th: "กลุ่มทอผ้าจกไท-ยวนคูบัว", en: "Khu Bua Tai Yuan Chok Weavers" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "700120", // คูบัว เมืองราชบุรี
    village: { th: "บ้านคูบัว", en: "Ban Khu Bua" },
    moo: 6,
    story: {
      th: "ชาวไท-ยวนคูบัวอพยพจากเชียงแสนมาตั้งถิ่นฐานที่ราชบุรีเมื่อกว่าสองร้อยปีก่อน และนำวิชาทอผ้าจกติดตัวมาด้วย ลายเอกลักษณ์ของเรา เช่น ลายกาบ และลายหักนกคู่ ยังทอด้วยมือบนกี่ใต้ถุนบ้าน นอกจากซิ่นตีนจกแล้ว เรายังทอผ้าขาวม้าฝ้ายเนื้อแน่นไว้ใช้ได้ทุกวันด้วย",
      en: "The Tai Yuan of Khu Bua came from Chiang Saen to settle in Ratchaburi more than two hundred years ago, bringing the art of chok weaving with them. Our signature motifs, such as lai kap and lai hak nok khu, are still hand-woven on looms under our stilt houses. Besides teen jok skirts, we weave sturdy cotton pha khao ma cloths for everyday use.",
    },
    otop_registration_no: "OTOP-70-2553-00044",
    registration_year_be: 2553,
    community_enterprise_no: "1-70-01-20/6-0010",
    contact: { phone: "083-000-7001", line_id: "khubua.taiyuan" },
    status: "approved",
  },

  // ---------------------------------------------------------------- South (ภาคใต้)
  {
    handle: "thale-noi-krajood",
    name: { th: "กลุ่มจักสานกระจูดทะเลน้อย", en: "Thale Noi Krajood Weaving Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "930502", // ทะเลน้อย ควนขนุน พัทลุง
    village: { th: "บ้านทะเลน้อย", en: "Ban Thale Noi" },
    moo: 4,
    story: {
      th: "ทะเลน้อยเป็นพื้นที่ชุ่มน้ำที่กระจูดขึ้นเองตามธรรมชาติ และเป็นบ้านของนกน้ำนับหมื่นตัว เราเก็บกระจูดโดยตัดเหนือโคน เพื่อให้แตกกอใหม่ในฤดูถัดไป นำมาคัด รีดให้แบน ย้อมสี แล้วสานเป็นกระเป๋าและตะกร้าที่แข็งแรง ทนทาน และเบามือ",
      en: "Thale Noi is a wetland where krajood sedge grows wild, and it is home to tens of thousands of water birds. We harvest by cutting above the base so the clumps regrow next season, then sort, press, dye and weave the stems into bags and baskets that are strong, durable and light in the hand.",
    },
    otop_registration_no: "OTOP-93-2555-00072",
    registration_year_be: 2555,
    community_enterprise_no: "1-93-05-02/4-0013",
    contact: { phone: "084-000-9305", line_id: "@thalenoikrajood" },
    status: "approved",
  },
  {
    handle: "bang-nak-batik",
    name: { th: "กลุ่มผ้าบาติกบางนาค", en: "Bang Nak Batik Group" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "960101", // บางนาค เมืองนราธิวาส
    village: { th: "บ้านบางนาค", en: "Ban Bang Nak" },
    moo: 2,
    story: {
      th: "ผ้าปาเต๊ะและผ้าบาติกคือสีสันของชีวิตประจำวันในนราธิวาส ผู้หญิงในกลุ่มของเราเขียนเทียนด้วยจันติ้งและพิมพ์บล็อกด้วยมือ โดยได้แรงบันดาลใจจากดอกไม้ ใบไม้ และเรือกอและหลากสีริมอ่าวบางนรา ผ้าทุกผืนช่วยให้แม่บ้านมีรายได้โดยไม่ต้องจากครอบครัวไปทำงานไกลบ้าน",
      en: "Batik and patterned sarongs are the colours of everyday life in Narathiwat. The women of our group draw wax by hand with a canting and block-print by hand too, inspired by flowers, leaves and the brightly painted korlae boats along Bang Nara bay. Every cloth lets a mother earn an income without leaving her family to work far from home.",
    },
    otop_registration_no: "OTOP-96-2557-00029",
    registration_year_be: 2557,
    community_enterprise_no: "1-96-01-01/2-0004",
    contact: { phone: "085-000-9601", line_id: "bangnak.batik" },
    status: "approved",
  },

  // ---------------------------------------------------------------- Suspended (hidden from shoppers)
  {
    handle: "wang-nam-khiao-herbal-soap",
    name: { th: "วิสาหกิจชุมชนสบู่สมุนไพรวังน้ำเขียว", en: "Wang Nam Khiao Herbal Soap Community Enterprise" },
    producer_type: "COMMUNITY_GROUP",
    subdistrict_code: "302501", // วังน้ำเขียว นครราชสีมา
    village: { th: "บ้านไทยสามัคคี", en: "Ban Thai Samakkhi" },
    moo: 8,
    story: {
      th: "วังน้ำเขียวมีอากาศเย็นและป่าที่อุดมสมบูรณ์ติดกับเขาใหญ่ แม่บ้านในกลุ่มของเราปลูกว่านหางจระเข้ ขมิ้น และมะขามไว้ในสวนหลังบ้าน แล้วนำมากวนเป็นสบู่และโลชั่นด้วยวิธีเย็น ทีละหม้อเล็ก ๆ",
      en: "Wang Nam Khiao has a cool climate and rich forest bordering Khao Yai. The women of our group grow aloe vera, turmeric and tamarind in their back gardens and turn them into cold-process soap and lotion, one small pot at a time.",
    },
    otop_registration_no: "OTOP-30-2559-00377",
    registration_year_be: 2559,
    community_enterprise_no: "1-30-25-01/8-0006",
    contact: { phone: "086-000-3025", line_id: "wnk.herbalsoap" },
    status: "suspended",
    status_reason: {
      th: "ระงับการขายชั่วคราว: ใบรับจดแจ้งเครื่องสำอางของสบู่และโลชั่นหมดอายุเมื่อวันที่ 15 มีนาคม 2568 และยังไม่ได้ยื่นต่ออายุ ร้านจะเปิดขายอีกครั้งเมื่อแนบใบรับจดแจ้งฉบับใหม่",
      en: "Sales temporarily suspended: the cosmetics notification receipts for the soap and lotion expired on 15 March 2025 and have not been renewed. The shop will reopen once the new receipts are uploaded.",
    },
  },
]
