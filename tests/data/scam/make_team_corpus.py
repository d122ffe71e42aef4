"""Write the team-written scam training texts (team-legit.csv, team-scam.csv) in this folder.

These texts were written by the Hearth team (December 2026) as templates with a few slots each;
they are NOT copied from any data set. Every row names its template (``group``) so that grouped
cross-validation keeps all the fills of one template in the same fold. Deterministic (seed 12).

Usage: .venv/bin/python tests/data/scam/make_team_corpus.py
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

SLOTS = {
    "code": ["482913", "771045", "309 218", "G-558102", "6620", "118734", "905512", "40-71-92", "2290", "613307"],
    "n4": ["4821", "1174", "0932", "5567", "7710", "3381", "9046", "2218"],
    "amount": ["$45.00", "$12.99", "$230.17", "$8.50", "$1,024.00", "$64.20", "$19.99", "$310.00"],
    "gbp": ["£12.40", "£45.00", "£7.99", "£120.00", "£3.50", "£64.10"],
    "eur": ["45,00 €", "12,90 €", "230 €", "8,50 €", "64,20 €", "19,99 €", "1.024,00 €"],
    "time": ["9:15", "10:30", "2:45 PM", "11:00 AM", "4:20 PM", "8:40"],
    "hora": ["9:15", "10:30", "16:45", "12:00", "18:20", "8:40"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "dia": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "date": ["Dec 4", "Jan 12", "Nov 28", "Mar 3", "Oct 19", "Feb 22"],
    "fecha": ["4 de diciembre", "12 de enero", "28 de noviembre", "3 de marzo", "19 de octubre"],
    "name": ["Sam", "Maria", "Tom", "Priya", "Jake", "Lucy", "Omar", "Grace", "Leo", "Nina"],
    "nombre": ["Lucía", "Javi", "Carmen", "Pablo", "Marta", "Diego", "Elena", "Sergio"],
    "store": ["Main St", "Oak Ave", "5th Ave", "Elm Street", "Market St"],
    "track": ["9400111899223456789012", "1Z999AA10123456784", "7791234567", "JD014600006281234567", "RN123456785GB"],
    "ref": ["#1029384", "#55821", "#A7731", "#300912", "#88140"],
    "flight": ["UA 1432", "DL 220", "BA 117", "IB 3171", "VY 1288", "AA 96", "FR 4412"],
    "gate": ["B12", "C7", "A22", "D4", "E15"],
    "city": ["Denver", "Chicago", "Boston", "Madrid", "Seville", "Leeds", "Austin", "Valencia"],
    "place": ["the park", "the library", "Grandma's", "the station", "the usual cafe", "school"],
    "mapslink": ["https://maps.app.goo.gl/Xk2PqR7tLm9", "https://goo.gl/maps/8Fh2kQa", "https://maps.google.com/?q=40.4168,-3.7038",
                 "https://maps.apple.com/?address=Main+St", "https://maps.app.goo.gl/u7ZpWw3"],
    "photolink": ["https://photos.app.goo.gl/9zQwErTy12", "https://www.icloud.com/sharedalbum/#B0r5ON9t", "https://photos.google.com/share/AF1Qip",
                  "https://www.dropbox.com/scl/fo/k2l9x/photos", "https://drive.google.com/drive/folders/1aB2cD3"],
    "videolink": ["https://youtu.be/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=3JZ_D3ELwOQ", "https://www.instagram.com/reel/C1abXyZ",
                  "https://vm.tiktok.com/ZMabc123", "https://www.facebook.com/watch/?v=10153231379946729"],
    "doc": ["Dr. Patel", "Dr. Green", "Dr. Moreno", "the dentist", "the eye clinic", "the physio"],
    "drnombre": ["la Dra. García", "el Dr. López", "tu médico de familia", "el dentista", "la enfermera"],
    "pharm": ["Walgreens", "CVS Pharmacy", "Rite Aid", "Boots", "Lloyds Pharmacy", "Kroger Pharmacy"],
    "kid": ["Emma", "Noah", "Liam", "Ava", "Mateo", "Sofía"],
    "bankus": ["Chase", "Bank of America", "Wells Fargo", "Citi", "Capital One", "US Bank", "Navy Federal"],
    "bankuk": ["Barclays", "HSBC", "Lloyds", "NatWest", "Monzo", "Santander", "Halifax"],
    "bankes": ["BBVA", "CaixaBank", "Santander", "ING", "Sabadell", "Bankinter"],
    "merchant": ["TARGET", "AMAZON.COM", "SHELL OIL", "WALMART", "STARBUCKS", "UBER *TRIP", "BEST BUY", "TESCO STORES", "MERCADONA"],
    "crypto": ["USDT", "bitcoin", "ETH", "crypto"],
    "scamdom": ["secure-verify-acct.com", "acct-review-center.info", "login-update-portal.net", "verify-id-now.help",
                "cust-support-desk.online", "restore-access.site", "billing-fix.top", "id-confirm.click"],
    "short": ["bit.ly/3xQ9kLm", "tinyurl.com/y7kd2p", "cutt.ly/hT8q2", "is.gd/Qw3rTy", "t.ly/k9Zp", "rb.gy/4mzq1"],
    "phone_us": ["1-888-555-0143", "+1 (844) 555-0170", "(833) 555-0112", "1-877-555-0190", "+1 866 555 0122"],
    "phone_es": ["+34 612 345 678", "644 812 903", "+34 911 234 567", "600 123 456"],
    "tsphone": ["1-888-555-0143", "+1 (844) 555-0170", "1 866 555 0122", "+44 800 046 5521", "+1-877-555-0190"],
}


def fill(template: str, rnd: random.Random) -> str:
    def rep(m: re.Match[str]) -> str:
        return rnd.choice(SLOTS[m.group(1)])
    return re.sub(r"\{(\w+)\}", rep, template)


# (kind, lang, template) -- legitimate, modern.
LEGIT = [
    # 2FA / codes
    ("code", "en", "Your Google verification code is {code}. Don't share it with anyone."),
    ("code", "en", "{code} is your Facebook confirmation code."),
    ("code", "en", "Your Amazon OTP is {code}. Do not share it with anyone. Amazon will never ask for it."),
    ("code", "en", "Use {code} to verify your Microsoft account. If you didn't request this, ignore this message."),
    ("code", "en", "Your Uber code is {n4}. Never share this code."),
    ("code", "en", "Chase: Your one-time code is {code}. We'll never call you to ask for this code. Don't share it."),
    ("code", "en", "Your Instagram code is {code}. Don't share it."),
    ("code", "en", "Your Apple ID code is: {code}. Don't share it with anyone. @apple.com #{code}"),
    ("code", "en", "PayPal: {code} is your security code. Don't share your code."),
    ("code", "en", "Your login code for DoorDash is {n4}. It expires in 10 minutes."),
    ("code", "en", "[Steam] Your login code is {n4}. If you did not try to log in, change your password."),
    ("code", "en", "Your WhatsApp code: {code}. Don't share this code with others. 4sgLq1p5sV6"),
    ("code", "en", "Your Gov.uk One Login security code is {code}. It expires in 15 minutes."),
    ("code", "en", "NHS App: your security code is {code}. Do not share this code with anyone."),
    ("code", "en", "{code} is your Lloyds Bank code to approve your new device. Never share this code, not even with us."),
    ("code", "es", "Tu código de verificación de Google es {code}. No lo compartas con nadie."),
    ("code", "es", "{code} es tu código de confirmación de WhatsApp. No lo compartas."),
    ("code", "es", "BBVA: el código para confirmar tu operación es {code}. Nunca te lo pediremos por teléfono."),
    ("code", "es", "Tu clave de un solo uso de CaixaBank es {code}. No la facilites a nadie."),
    ("code", "es", "Código Cl@ve: {code}. Válido durante 10 minutos. Agencia Tributaria."),
    ("code", "es", "Tu código de acceso a Glovo es {n4}."),
    ("code", "es", "Santander: introduce el código {code} para firmar la operación de {eur}. Si no la has hecho tú, llámanos al número de tu tarjeta."),
    # deliveries with official links
    ("delivery", "en", "USPS: Your item was delivered in or at the mailbox at {time} on {date} in {city}. Track at https://tools.usps.com/go/TrackConfirmAction?tLabels={track}"),
    ("delivery", "en", "UPS: Your package {track} is scheduled for delivery {day} between {time} and 7:00 PM. Manage it at ups.com"),
    ("delivery", "en", "FedEx: Package {track} is out for delivery today. Track at https://www.fedex.com/fedextrack/?trknbr={track}"),
    ("delivery", "en", "Amazon: Your package with 2 items was delivered. Track at https://www.amazon.com/progress-tracker/package"),
    ("delivery", "en", "Amazon delivery update: arriving today by 9 PM. Track: https://amzn.to/3{n4}"),
    ("delivery", "en", "Royal Mail: Your parcel from ASOS will be delivered today between {time} and 13:00. Track it at royalmail.com/track-your-item"),
    ("delivery", "en", "Evri: Your parcel from Next is with your courier {name} and will arrive today. Track: https://www.evri.com/track"),
    ("delivery", "en", "DPD: Your parcel will be delivered {day} by {name} between 10:14 and 11:14. Change it at dpd.co.uk"),
    ("delivery", "en", "Your Walmart order {ref} has shipped! Track it at walmart.com/orders"),
    ("delivery", "en", "Target: Your order is ready for Drive Up at {store}. Tap 'I'm on my way' in the Target app."),
    ("delivery", "en", "Your Instacart order is on its way! {name} will arrive in about 20 minutes."),
    ("delivery", "en", "DoorDash: {name} has picked up your order from Chipotle and is heading your way."),
    ("delivery", "en", "Uber Eats: Your order from Wingstop has been delivered. Enjoy!"),
    ("delivery", "en", "Deliveroo: Your rider {name} is 5 minutes away with your order."),
    ("delivery", "en", "Just Eat: Your order {ref} has been accepted and will arrive around {time}."),
    ("delivery", "en", "USPS Informed Delivery: You have 3 mail pieces arriving today. View at informeddelivery.usps.com"),
    ("delivery", "en", "FedEx: We couldn't deliver your package today because a signature is required. We'll try again {day}."),
    ("delivery", "es", "Correos: tu envío {track} se entregará hoy. Consulta el seguimiento en correos.es"),
    ("delivery", "es", "SEUR: tu pedido llegará el {dia} entre las 9:00 y las 14:00. Puedes cambiar la entrega en seur.com"),
    ("delivery", "es", "Amazon: tu paquete ha sido entregado. Consulta tu pedido en amazon.es/pedidos"),
    ("delivery", "es", "Glovo: {nombre} ya tiene tu pedido y está de camino. Llegará en unos 15 minutos."),
    ("delivery", "es", "Tu pedido {ref} de Zara está en camino. Síguelo en zara.com o en la app."),
    ("delivery", "es", "MRW: mañana entregaremos tu envío de El Corte Inglés en horario de mañana."),
    ("delivery", "es", "Just Eat: tu pedido del restaurante ha sido aceptado, llegará sobre las {hora}."),
    ("delivery", "es", "GLS: tu paquete está en el punto de recogida de la calle Mayor. Tienes 7 días para recogerlo con tu DNI."),
    # bank & card alerts asking YES/NO, official channels
    ("bank", "en", "{bankus} Fraud Alert: Did you use card ending {n4} for {amount} at {merchant} on {date}? Reply YES or NO. Msg&data rates may apply."),
    ("bank", "en", "{bankus}: A payment of {amount} to Comcast was made from account ending {n4}. Review it in the mobile app."),
    ("bank", "en", "{bankus}: Your statement is ready. Sign on to the app to view it. We will never ask for your password by text."),
    ("bank", "en", "{bankus} Alert: Your balance in account ending {n4} is below $100.00. Log in to the app for details."),
    ("bank", "en", "{bankus}: Your direct deposit of {amount} has posted to account ending {n4}."),
    ("bank", "en", "{bankus}: You sent {amount} with Zelle to {name}. If you didn't do this, call the number on the back of your card."),
    ("bank", "en", "{bankus}: Your card ending {n4} is locked because of a possible fraud attempt. To unlock it, use the mobile app or call the number on your card."),
    ("bank", "en", "Alert: Large purchase of {amount} at {merchant} on your card ending {n4}. If you don't recognize it, call the number on the back of your card."),
    ("bank", "en", "{bankuk}: Did you just try to pay {gbp} to {merchant}? Reply Y if this was you or N if not. We'll never ask for your PIN or passcode."),
    ("bank", "en", "{bankuk}: Your new card has been sent and should arrive within 5 working days. Activate it in the app."),
    ("bank", "en", "{bankuk}: Payment of {gbp} to {name} is complete. Didn't make it? Call us on the number on the back of your card."),
    ("bank", "en", "Your credit card payment of {amount} is due on {date}. Pay in the app or at your branch."),
    ("bank", "en", "{bankus}: Your Zelle payment of {amount} to {name} was sent. Questions? Visit the app."),
    ("bank", "en", "From Venmo: {name} paid you {amount} - pizza night"),
    ("bank", "en", "Cash App: You received {amount} from {name}. For: rent split."),
    ("bank", "es", "{bankes}: ¿Has realizado un pago de {eur} en {merchant}? Responde SI o NO. Nunca te pediremos claves por SMS."),
    ("bank", "es", "{bankes}: se ha cargado un recibo de {eur} en tu cuenta terminada en {n4}. Consulta el detalle en la app."),
    ("bank", "es", "{bankes}: has recibido un Bizum de {eur} de {nombre}. Concepto: cena."),
    ("bank", "es", "{bankes}: tu nueva tarjeta ya está en camino. Actívala desde la app cuando la recibas."),
    ("bank", "es", "{bankes}: hemos bloqueado tu tarjeta por seguridad. Para desbloquearla entra en la app o llama al número que aparece en tu tarjeta."),
    ("bank", "es", "Tu nómina de {eur} ya está disponible en tu cuenta {bankes}."),
    # pharmacies / doctors
    ("health", "en", "Your prescription is ready for pickup at CVS Pharmacy, {store}. Questions? Call 555-0100."),
    ("health", "en", "Walgreens: Your prescription is ready for pickup. Reply STOP to opt out."),
    ("health", "en", "Boots: Your prescription is ready to collect from Boots {city}. Bring this message with you."),
    ("health", "en", "Reminder: you have an appointment with {doc} on {day} at {time}. Reply C to confirm or call 303-555-0182 to reschedule."),
    ("health", "en", "Your NHS appointment at {city} Health Centre is on {date} at {time}. To cancel, reply CANCEL or call the surgery."),
    ("health", "en", "Kaiser Permanente: You have a new message from {doc}. Sign in at kp.org to read it."),
    ("health", "en", "Your flu vaccine appointment is confirmed for {date} at {time}. Please wear a short-sleeved top."),
    ("health", "en", "Don't forget your dentist appointment on {day} at {time}. See you then!"),
    ("health", "en", "MyChart: Your test results are available. Log in at mychart.org to view them."),
    ("health", "es", "Farmacia: su pedido de medicamentos ya está disponible para recoger. Horario de 9 a 21h."),
    ("health", "es", "Le recordamos su cita con {drnombre} el {dia} a las {hora} en el centro de salud. Para anular llame al centro."),
    ("health", "es", "Cita confirmada: vacunación de la gripe el {fecha} a las {hora}. Traiga su tarjeta sanitaria."),
    ("health", "es", "Clínica dental: te esperamos el {dia} a las {hora}. Si no puedes venir, avísanos respondiendo a este mensaje."),
    ("health", "es", "Ya tienes disponibles los resultados de tu analítica en la app de salud de tu comunidad."),
    ("health", "en", "Hi, this is {pharm}. Your prescription is ready for pickup at {store}. Reply STOP to opt out."),
    ("health", "en", "Hello, this is {doc}'s office confirming your appointment on {day} at {time}. Reply Y to confirm."),
    ("misc", "en", "Hi, this is {name} from {pharm}. Your order is ready to collect, we're open until 9pm."),
    ("misc", "en", "Hi! This is {name} with Comcast. Your technician is on the way and will arrive between {time} and 5 PM."),
    ("health", "es", "Hola, somos la farmacia de {store}. Ya tiene disponible su medicación. Horario de 9 a 21 h."),
    # schools
    ("school", "en", "School alert: early dismissal today at 12:30 due to weather. Please arrange pick up."),
    ("school", "en", "Reminder: {kid}'s class trip to the science museum is on {day}. Please send a packed lunch."),
    ("school", "en", "Lincoln Elementary: Parent-teacher conferences are next week. Book a slot at https://lincoln.schoolinterviews.com"),
    ("school", "en", "{kid} was marked absent from period 2 today. If this is an error please call the attendance office."),
    ("school", "en", "PTA bake sale this {day}! Donations of cakes welcome at the front office."),
    ("school", "en", "Your ParentPay balance is low. Top up for school dinners at parentpay.com"),
    ("school", "es", "Colegio: mañana no hay clase por la jornada de huelga. El comedor permanecerá cerrado."),
    ("school", "es", "Recordatorio: la excursión de {kid} es el {dia}. Traed la autorización firmada."),
    ("school", "es", "AMPA: la reunión de familias será el {dia} a las 17:00 en el salón de actos."),
    ("school", "es", "Instituto: {kid} no ha asistido a la primera hora de clase. Por favor, justifique la falta en la plataforma."),
    # utilities
    ("utility", "en", "Your Verizon bill of {amount} is ready. View and pay in My Verizon: https://www.verizon.com/myverizon"),
    ("utility", "en", "PG&E: Your energy statement is ready. Amount due {amount} on {date}. View at pge.com"),
    ("utility", "en", "Water main repair on {store}: service will be shut off from 1pm-4pm today. - City Utilities"),
    ("utility", "en", "Xfinity: There is an outage in your area. We're working on it and expect service back by {time}."),
    ("utility", "en", "British Gas: Your meter reading is due. Submit it in the app or at britishgas.co.uk"),
    ("utility", "en", "Octopus Energy: your {gbp} payment was received. Thanks!"),
    ("utility", "en", "Your AT&T bill is ready: {amount} due {date}. View at att.com/mybill"),
    ("utility", "en", "Thames Water: We're working on a burst main near you. Your water pressure may be low until {time}."),
    ("utility", "es", "Iberdrola: ya tienes disponible tu factura de {eur}. Consúltala en tu área de clientes."),
    ("utility", "es", "Endesa: mañana habrá un corte programado de luz en tu calle de 9:00 a 13:00 por trabajos de mejora."),
    ("utility", "es", "Movistar: tu factura de {eur} ya está disponible en la app Mi Movistar."),
    ("utility", "es", "Canal de Isabel II: le informamos de un corte de agua el {dia} de 8 a 12 h por obras."),
    # travel
    ("travel", "en", "Southwest Airlines: Your flight {flight} to {city} is on time. Boarding begins at {time} at gate {gate}."),
    ("travel", "en", "United: Check-in is now open for your flight {flight}. Check in on the United app or at united.com."),
    ("travel", "en", "British Airways: Your flight {flight} is delayed. New departure time {time}. We're sorry for the wait."),
    ("travel", "en", "Booking.com: Your booking at Hotel Central is confirmed. Check-in {date}."),
    ("travel", "en", "Airbnb: Reminder, your stay in {city} starts {day}. Check-in details are in the app."),
    ("travel", "en", "Trainline: Your 10:15 to {city} is leaving from platform 4."),
    ("travel", "en", "Your Uber is arriving in 3 minutes. Look for a white Toyota Camry, plate ABC1234."),
    ("travel", "en", "Your Lyft ride receipt: {amount}. Thanks for riding!"),
    ("travel", "en", "Hertz: Your car is ready at {city} airport, space 14. Keys are in the car."),
    ("travel", "es", "Renfe: tu tren a {city} sale a las {hora} de la vía 5. ¡Buen viaje!"),
    ("travel", "es", "Iberia: tu vuelo {flight} sale puntual. Embarque por la puerta {gate} a las {hora}."),
    ("travel", "es", "Vueling: ya puedes hacer el check-in de tu vuelo {flight} en vueling.com o en la app."),
    ("travel", "es", "Booking: tu reserva en {city} está confirmada para el {fecha}."),
    ("travel", "es", "Cabify: tu conductor {nombre} llegará en 4 minutos en un Toyota blanco."),
    # government
    ("gov", "en", "IRS: Your tax return has been accepted. Check your refund status at irs.gov/refunds"),
    ("gov", "en", "HMRC: Your Self Assessment tax return is due by 31 January. Sign in at gov.uk to file."),
    ("gov", "en", "DVLA: Your vehicle tax is due on {date}. You can tax your vehicle at gov.uk/vehicle-tax"),
    ("gov", "en", "Your DMV appointment is on {date} at {time} at the {city} office. Bring your documents."),
    ("gov", "en", "Reminder from City Library: 2 items are due on {date}. Renew at library.org/renew"),
    ("gov", "en", "Your passport application has been received. We'll text you when it's been sent. gov.uk/track-passport-application"),
    ("gov", "en", "Polling station reminder: voting is on {day} from 7am to 10pm at {place}."),
    ("gov", "en", "Thanks for your payment of {amount} to the City of {city} Parking Services. Receipt {ref}."),
    ("gov", "es", "DGT: te recordamos que tu ITV caduca el {fecha}. Pide cita en tu estación de ITV."),
    ("gov", "es", "Agencia Tributaria: su borrador de la renta ya está disponible. Acceda desde la sede electrónica o la app."),
    ("gov", "es", "Cita previa confirmada: renovación de DNI el {fecha} a las {hora}. Lleve una fotografía reciente."),
    ("gov", "es", "Ayuntamiento: el {dia} se cortará la calle Mayor por el mercadillo de 8 a 15 h."),
    ("gov", "es", "Seguridad Social: su cita en el CAISS está confirmada para el {fecha} a las {hora}."),
    # family & friends with links
    ("family", "en", "Here's where we're parked: {mapslink}"),
    ("family", "en", "Meet us here at 6, it's the place with the red door {mapslink}"),
    ("family", "en", "Photos from the weekend are up! {photolink}"),
    ("family", "en", "lol you have to see this {videolink}"),
    ("family", "en", "Grandma loved this, watch it when you get a chance {videolink}"),
    ("family", "en", "Uploaded all of {kid}'s birthday pics here {photolink} love you x"),
    ("family", "en", "Mom can you pick me up at 5? practice ran late"),
    ("family", "en", "hey are we still on for dinner at 7? I can pick up the wine"),
    ("family", "en", "Running 10 mins late, sorry! Traffic is terrible"),
    ("family", "en", "Can you venmo me $12 for the movie tickets?"),
    ("family", "en", "Just landed! Phone almost dead, will call when I get to the hotel"),
    ("family", "en", "Dad's surgery went well, he's resting now. Visiting hours are 2-6 if you want to come"),
    ("family", "en", "Can you grab milk and bread on the way home? Thanks!"),
    ("family", "en", "Happy birthday {name}!! Have the best day, see you Sunday"),
    ("family", "en", "Are you home? I left my keys at yours lol"),
    ("family", "en", "Did you get the tickets for {day}? I can pay you back {amount} tonight"),
    ("family", "en", "This is the recipe I told you about {videolink}"),
    ("family", "en", "The kids want to go to {place} after school, can you take them?"),
    ("family", "en", "Thanks for lunch! Here's the restaurant if you want to book again {mapslink}"),
    ("family", "en", "Can you send me the photos from the beach? The ones with the dog"),
    ("family", "es", "Mira dónde hemos aparcado: {mapslink}"),
    ("family", "es", "Te paso las fotos de la boda {photolink} ¡qué guapos salís!"),
    ("family", "es", "Jajaja mira este vídeo {videolink}"),
    ("family", "es", "Mamá, ¿me recoges a las 8 en {place}?"),
    ("family", "es", "Papá, ya te hice el bizum de la cena. ¡Gracias!"),
    ("family", "es", "Hola, ¿quedamos el {dia} a las 6 para el cumpleaños de {nombre}?"),
    ("family", "es", "Llego tarde, hay un atasco horrible. Empezad sin mí"),
    ("family", "es", "¿Compras pan al volver? Y leche si puedes"),
    ("family", "es", "La abuela ya está en casa, la operación ha ido bien. Luego te llamo"),
    ("family", "es", "Te mando la ubicación del restaurante {mapslink} nos vemos a las 9"),
    ("family", "es", "¿Me puedes pasar lo de las entradas? Son 12 euros cada una, sin prisa"),
    # work / misc legit with risky-looking words
    ("misc", "en", "Hi {name}, your interview with Acme Corp is confirmed for {day} at {time} via Zoom. Reply with any questions."),
    ("misc", "en", "Zoom meeting invitation: Weekly sync. Join at https://us02web.zoom.us/j/81234567{n4}"),
    ("misc", "en", "Your Netflix membership will renew on {date} for $15.49. Manage your plan at netflix.com/account"),
    ("misc", "en", "We detected a new sign-in to your Spotify account. If this wasn't you, reset your password at spotify.com/password-reset"),
    ("misc", "en", "Your Google Account password was changed. If you did this, you can ignore this message."),
    ("misc", "en", "Netflix: New sign-in from Chrome on Windows. If this was you, you don't need to do anything."),
    ("misc", "en", "Ring: There is motion at your Front Door."),
    ("misc", "en", "Your Hulu free trial ends in 3 days. You'll be charged $7.99/month unless you cancel at hulu.com/account"),
    ("misc", "en", "Starbucks Rewards: You've got a free drink waiting! Claim it in the app before {day}."),
    ("misc", "en", "Thanks for your donation to the Red Cross! Your receipt has been emailed to you."),
    ("misc", "en", "Your car is ready for collection at Kwik Fit {city}. Total {gbp}. We're open until 6pm."),
    ("misc", "en", "Hi, it's {name} from the gym front desk. Your locker key was handed in, you can collect it any time."),
    ("misc", "en", "Your Apple Card payment of {amount} was received. Thank you!"),
    ("misc", "en", "LinkedIn: You appeared in 12 searches this week. See who's looking at linkedin.com"),
    ("misc", "en", "Your Costco membership renews on {date}. To change your renewal, sign in at costco.com"),
    ("misc", "es", "Tu reserva en el restaurante para 4 personas el {dia} a las {hora} está confirmada."),
    ("misc", "es", "Peluquería: te recordamos tu cita el {dia} a las {hora}. Si no puedes venir, avísanos."),
    ("misc", "es", "Taller: tu coche ya está listo. Puedes recogerlo hasta las 19:00. Importe {eur}."),
    ("misc", "es", "Gimnasio: el {dia} cerramos a las 14:00 por el festivo. ¡Felices fiestas!"),
    ("misc", "es", "Netflix: se ha iniciado sesión desde un dispositivo nuevo. Si fuiste tú, no tienes que hacer nada."),
    ("misc", "es", "Wallapop: {nombre} te ha enviado un mensaje sobre la bicicleta que vendes. Contesta desde la app."),
]

# (kind, lang, template) -- scams of the kinds the development data lacks.
SCAM = [
    # Spanish scams
    ("es_scam", "es", "Correos: su paquete está retenido en aduanas por un pago pendiente de 1,99 €. Abónelo aquí: https://correos-aduanas.{tld}/pago"),
    ("es_scam", "es", "DGT: tiene una multa pendiente de pago. Evite el recargo pagando antes de 24 horas en https://dgt-multas.{tld}"),
    ("es_scam", "es", "{bankes}: hemos detectado un acceso no autorizado a su cuenta. Verifique su identidad en {scamdom} para evitar el bloqueo."),
    ("es_scam", "es", "{bankes} le informa: su cuenta ha sido suspendida temporalmente. Reactívela aquí: https://{short}"),
    ("es_scam", "es", "Agencia Tributaria: tiene un reembolso de 324,50 € pendiente. Solicítelo antes del viernes en https://aeat-devolucion.{tld}"),
    ("es_scam", "es", "Hola mamá, se me ha roto el móvil y este es mi número nuevo. ¿Puedes hacerme un bizum de 400 euros? Es urgente, te lo devuelvo mañana"),
    ("es_scam", "es", "Hola papá, te escribo desde un número nuevo. Necesito que me hagas una transferencia hoy, luego te explico. No se lo digas a mamá"),
    ("es_scam", "es", "Enhorabuena, ha sido seleccionado para recibir un iPhone 15. Pague solo 2 € de envío en https://premio-{tld}.com"),
    ("es_scam", "es", "Iberdrola: su factura está impagada y el suministro se cortará hoy. Regularice el pago en https://iberdrola-pagos.{tld}"),
    ("es_scam", "es", "Seguridad Social: tiene una ayuda de 600 € pendiente de cobro. Complete sus datos en https://{short}"),
    ("es_scam", "es", "Oferta de empleo: gana entre 300 y 800 € al día dando me gusta a productos desde casa. Escríbenos por WhatsApp {phone_es}"),
    ("es_scam", "es", "Hola, soy Laura, de recursos humanos. Buscamos personas para trabajo a tiempo parcial, 150 € al día. ¿Te interesa? Responde SI"),
    ("es_scam", "es", "Movistar: tiene puntos que caducan hoy. Canjéelos por un regalo en https://movistar-puntos.{tld}"),
    ("es_scam", "es", "SEUR: no hemos podido entregar su paquete. Programe una nueva entrega y pague 0,99 € en https://{short}"),
    ("es_scam", "es", "Su tarjeta ha sido bloqueada por motivos de seguridad. Llame urgentemente al {phone_es} para desbloquearla y facilite el código que recibirá por SMS."),
    ("es_scam", "es", "Le llamamos del departamento de fraude de su banco. Para proteger su dinero, debe transferirlo a una cuenta segura que le indicaremos."),
    ("es_scam", "es", "Invierte 250 € en nuestra plataforma de criptomonedas y gana un 30 % semanal garantizado. Plazas limitadas: https://cripto-{tld}.com"),
    ("es_scam", "es", "Netflix: no hemos podido procesar su pago. Actualice su método de pago en 24 h o su cuenta será cancelada: https://netflix-es-pago.{tld}"),
    # tech-support pop-ups (some with OCR-ish noise)
    ("tech_popup", "en", "WARNING! Your computer has been blocked. Error # 0x80070424. Do not restart your computer. Call Microsoft Support: {tsphone} (Toll Free)"),
    ("tech_popup", "en", "Windows Defender Security Center\nAccess to this PC has been blocked for security reasons.\nContact Windows Support: {tsphone}"),
    ("tech_popup", "en", "** YOUR PC IS INFECTED WITH 5 VIRUSES ** Your personal data, passwords and banking information are at risk. Call Apple Care {tsphone} immediately"),
    ("tech_popup", "en", "Wind0ws Defend3r - Trojan Spyware Detected. App: Ads.fiancetrack(2).dll Threat Detected: Trojan Spyware. Call Support {tsphone}"),
    ("tech_popup", "en", "Micros0ft Security Alert ! Your IP address has been compromised. Pornographic spyware detected. Call Technical Support {tsphone} now to unlock"),
    ("tech_popup", "en", "Do not close this window. Your computer is locked due to suspicious activity. Closing this page will disable your computer. Call {tsphone}"),
    ("tech_popup", "en", "McAfee: Your subscription has EXPIRED. Your PC is unprotected and 3 viruses were found. Renew now at 90% off: https://{scamdom}"),
    ("tech_popup", "en", "Norton 360 | Your PC is infected with (5) viruses! Action required. Renew your subscription today to remove the threats https://{short}"),
    ("tech_popup", "en", "Windows Firewall Alert\nSpyware detected on your computer\nYour browser history, Facebook login and credit card details are being stolen\nCall Windows Help Desk {tsphone}\nDO NOT IGNORE"),
    ("tech_popup", "en", "Apple Security Warn1ng\niPhone infected by (3) viruses\nScan now to remove them before it damages your SIM card, photos and contacts.\nTap Remove Virus"),
    ("tech_popup", "en", "Ca11 Microsoft Supp0rt: {tsphone}  Your system has detected a Trojan. Error code DW6VB36. Do not turn off your PC"),
    ("tech_popup", "en", "Your Chrome browser is severely damaged by 4 viruses! Download the official repair app immediately or your data will be lost"),
    ("tech_popup", "en", "Internet Security Damaged!!! Call Help Desk. The following data may be compromised: email credentials, banking passwords. Toll free {tsphone}"),
    # e-mail phishing
    ("email_phish", "en", "Dear User,\nYour mailbox storage is 99% full. You will stop receiving emails in 24 hours. Click below to increase your storage for free:\nhttps://{scamdom}/mail\nIT Service Desk"),
    ("email_phish", "en", "Microsoft 365: Your password expires today. Keep your current password by verifying here: https://{scamdom}/keep\nThank you, Microsoft Account Team"),
    ("email_phish", "en", "You have a new voicemail (0:47) from {phone_us}. Listen to the message: https://{short}\nSent by Voice Mail Service"),
    ("email_phish", "en", "DocuSign: {name} sent you a document to review and sign: 'Payment Agreement.pdf'. REVIEW DOCUMENT: https://{scamdom}/ds"),
    ("email_phish", "en", "Hello,\nPlease find attached the outstanding invoice. Our bank details have changed, kindly make payment to the new account today and send confirmation.\nAccounts Dept"),
    ("email_phish", "en", "PayPal: We noticed unusual activity and have temporarily limited your account. To restore full access, confirm your information within 48 hours: https://{scamdom}"),
    ("email_phish", "en", "Your Apple ID has been locked for security reasons. Unlock it here: https://appleid-unlock.{tld}\nApple Support"),
    ("email_phish", "en", "Dear Customer, we could not process your payment for order {ref}. Update your billing information to avoid cancellation: https://{scamdom}/billing"),
    ("email_phish", "en", "Shared file: 'Salary adjustment 2026.xlsx' was shared with you via OneDrive. Sign in with your work email to view: https://{scamdom}/onedrive"),
    ("email_phish", "en", "Your Netflix account is on hold. We're having trouble with your current billing information. Please update it here: https://{scamdom}"),
    ("email_phish", "en", "Geek Squad Invoice {ref}: Thank you for renewing your protection plan. {amount} will be charged today. To cancel or dispute call {phone_us}"),
    ("email_phish", "en", "Coinbase: A withdrawal of 0.42 BTC was requested from your account. If this wasn't you, cancel it immediately: https://{scamdom}/cancel"),
    ("email_phish", "en", "Attention Beneficiary, your compensation payment of $4,500,000 has been approved. Send your full name, address and phone number to claim."),
    ("email_phish", "en", "IT Department: All staff must re-validate their accounts for the new security policy by end of day. Log in here: https://{scamdom}/sso"),
    # romance / pig butchering openers
    ("romance", "en", "Hi, is this {name}? We met at the wine tasting last month, you said to text you"),
    ("romance", "en", "Hello, are you {name}'s friend? I got this number from my contacts, sorry to bother you"),
    ("romance", "en", "Hi {name}, long time no see! How have you been lately?"),
    ("romance", "en", "Sorry, I think I saved the wrong number. Are you not Mr. {name}? You seem kind, where are you from?"),
    ("romance", "en", "Good morning dear, I hope you slept well. I saw your profile and I wanted to say hello"),
    ("romance", "en", "Hi, it's {name}. Is the golf game still on for this weekend?"),
    ("romance", "en", "Hey, this is {name}, we talked at the conference. Did you get a chance to look at the investment I mentioned?"),
    ("romance", "en", "Hello handsome, I am {name}, 34, living in Singapore. My aunt taught me to trade gold and I earn 5% every day. Would you like to learn?"),
    ("romance", "en", "Are you free this weekend? My uncle works at an exchange and gave me a tip, we can make 200% on this {crypto} pool"),
    ("romance", "en", "Hi dear, I know this is a wrong number but fate brought us together. Can we be friends? Add me on WhatsApp"),
    ("romance", "en", "Hi there! Is this the number for {name} the real estate agent? I'm looking at houses in {city}"),
    ("romance", "en", "You don't know me but I came across your number and felt I should message. I'm a nurse working overseas, let's chat on Telegram"),
    ("romance", "en", "{name}? It's me from the yoga class. My phone broke and I lost all my contacts, text me back"),
    ("romance", "es", "Hola, ¿eres {nombre}? Creo que me equivoqué de número, pero pareces simpático. ¿De dónde eres?"),
    ("romance", "es", "Hola cariño, he visto tu perfil y me ha gustado mucho. Soy ingeniero y trabajo en una plataforma petrolífera. ¿Hablamos por WhatsApp?"),
    ("romance", "es", "Buenos días, mi tío trabaja en una plataforma de inversión y gana un 5 % diario con {crypto}. ¿Quieres que te enseñe?"),
    # more modern US shapes the issue names
    ("other", "en", "A deduction of {amount} was made from your account today. Not you? Click https://{scamdom} to cancel"),
    ("other", "en", "{name} sent you a video invite: https://watch-{n4}.com/v"),
    ("other", "en", "(NETFLX) we failed to extend your sub, fix your bill ://{short}"),
    ("other", "en", "Look who died in a car accident, I think you know her: https://{short}"),
    ("other", "en", "Your iPhone was found. View its location: https://find-my-iphone-{n4}.com"),
    ("other", "en", "Class action notice: you may be entitled to {amount} from a data breach settlement. File your claim by {date}: https://{scamdom}"),
    ("other", "en", "You are pre-approved for a $5,000 personal loan with no credit check. Apply in 2 minutes: https://{short}"),
    ("other", "en", "IRS Notice: your 2025 tax refund of {amount} is pending. Confirm your details to receive it: https://irs-refund-{n4}.{tld}"),
    ("other", "en", "Unpaid toll notice: you owe {amount}. Pay by {date} to avoid a $50 late fee: https://{scamdom}/toll"),
    ("other", "en", "USPS: Your package could not be delivered due to an incomplete address. Update within 12 hours: https://usps-{n4}.{tld}/us"),
    ("other", "en", "Walmart survey: you've been chosen to get a {amount} gift card. Answer 3 questions at https://{short}"),
    ("other", "en", "Amazon: we've detected a suspicious purchase of an iPhone for {amount}. If this wasn't you, call {phone_us}"),
]
SLOTS["tld"] = ["top", "xyz", "click", "info", "online", "vip", "shop", "live"]

PER_TEMPLATE_LEGIT = 4
PER_TEMPLATE_SCAM = 4


def _build(templates, per, label, rnd):
    rows = []
    seen = set()
    for i, (kind, lang, tpl) in enumerate(templates):
        n_slots = len(re.findall(r"\{\w+\}", tpl))
        want = per if n_slots else 1
        tries = 0
        made = 0
        while made < want and tries < 40:
            tries += 1
            text = fill(tpl, rnd)
            if text in seen:
                continue
            seen.add(text)
            rows.append({"label": label, "kind": kind, "lang": lang, "group": f"{label}-{i:03d}", "text": text})
            made += 1
    return rows


def main() -> int:
    rnd = random.Random(12)
    legit = _build(LEGIT, PER_TEMPLATE_LEGIT, "legit", rnd)
    scam = _build(SCAM, PER_TEMPLATE_SCAM, "scam", rnd)
    for name, rows in (("team-legit.csv", legit), ("team-scam.csv", scam)):
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["label", "kind", "lang", "group", "text"])
            w.writeheader()
            w.writerows(rows)
        print(name, len(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
