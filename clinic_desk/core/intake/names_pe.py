"""Synthetic Peruvian names and places for demo data and benchmarks.

Common given names and surnames of Lima's peri-urban settlements (many families came
from the Andes: Quechua and Aymara surnames are frequent). Combined at random, they
describe no real person.
"""

from __future__ import annotations

FEMALE_GIVEN = (
    "María", "Rosa", "Carmen", "Juana", "Ana", "Luz", "Elena", "Isabel", "Lucía", "Gloria",
    "Marleni", "Yolanda", "Flor", "Nélida", "Sonia", "Julia", "Teresa", "Margarita",
    "Victoria", "Norma", "Maribel", "Milagros", "Rocío", "Yesenia", "Katherine", "Sandra",
    "Gladys", "Hilda", "Rosalía", "Silvia", "Marisol", "Esther", "Patricia", "Betty",
    "Jacqueline", "Liliana", "Mercedes", "Nancy", "Olga", "Pilar", "Raquel", "Susana",
    "Verónica", "Zenaida", "Yaneth", "Edith", "Fiorella", "Giovanna", "Jhoselyn", "Karina",
    "Leidy", "Nayeli", "Mayra", "Sheyla", "Abigail", "Dayana", "Brenda", "Kiara", "Valeria",
    "Camila", "Ximena", "Antonia", "Eulalia", "Florencia", "Saturnina", "Felícita",
    "Alejandrina", "Clorinda", "Domitila", "Máxima", "Inés", "Celestina", "Sabina",
    "Ñusta", "Killa", "Sisa", "Wayta", "Ayelén", "Mariela",
)
MALE_GIVEN = (
    "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro", "Víctor", "César",
    "Jesús", "Ángel", "Julio", "Raúl", "Walter", "Wilber", "Edwin", "Percy", "Richard",
    "Fredy", "Henry", "Alex", "Diego", "Jhon", "Kevin", "Brayan", "Jhonatan", "Anderson",
    "Mateo", "Santiago", "Thiago", "Gael", "Sebastián", "Adrián", "Dylan", "Liam",
    "Teodoro", "Feliciano", "Isidro", "Marcelino", "Hilario", "Inti", "Amaru", "Wayra",
)
SECOND_GIVEN_F = ("del Pilar", "Elena", "Isabel", "Luz", "Rosa", "Milagros", "Jesús",
                  "Beatriz", "Esperanza", "Soledad", "Fernanda", "Alejandra", "Cristina")
SECOND_GIVEN_M = ("Antonio", "Alberto", "Manuel", "Enrique", "Alonso", "Gabriel", "Josué",
                  "Daniel", "Rodrigo", "Emilio")

SURNAMES_COMMON = (
    "Quispe", "Mamani", "Huamán", "Flores", "Condori", "Rojas", "Sánchez", "Díaz",
    "García", "Chávez", "Ramos", "Torres", "Vásquez", "Mendoza", "Gonzales", "Castillo",
    "Ramírez", "Rodríguez", "López", "Pérez", "Gutiérrez", "Espinoza", "Cruz", "Vargas",
    "Fernández", "Salazar", "Cárdenas", "Romero", "Reyes", "Huanca", "Apaza", "Ticona",
    "Choque", "Ccori", "Ccallo", "Cusi", "Yupanqui", "Huaman", "Taipe", "Ccahuana",
    "Huillca", "Layme", "Pari", "Poma", "Soncco", "Sulca", "Tito", "Vilca", "Yucra", "Zapana",
    "Aguilar", "Alarcón", "Ayala", "Bautista", "Calderón", "Cano", "Carbajal", "Chambi",
    "Coaquira", "Colque", "Cutipa", "Gómez", "Herrera", "Hinostroza", "Inga", "Jiménez",
    "Llanos", "Luque", "Machaca", "Medina", "Morales", "Ñaupari", "Ochoa", "Palomino",
    "Pacheco", "Paucar", "Quiroz", "Rivera", "Salas", "Santos", "Sucasaire", "Tapia",
    "Tacuri", "Usca", "Valdivia", "Villanueva", "Yauri", "Zúñiga", "Atoccsa", "Huarcaya",
    "Llacta", "Ccopa", "Quispe", "Mamani", "Flores", "Huamán", "Condori",
)

SECTORS = (
    "Huaycán Zona A", "Huaycán Zona B", "Huaycán Zona D", "Huaycán Zona H",
    "Huaycán Zona R", "Huaycán UCV 45", "Huaycán UCV 112", "Horacio Zeballos",
    "Jicamarca Anexo 8", "Jicamarca Anexo 22", "Jicamarca Cruz de Motupe",
    "Carabayllo El Progreso", "Carabayllo Raúl Porras", "Carabayllo Lomas de Carabayllo",
    "Carabayllo San Pedro de Carabayllo", "Santa María de Huachipa", "Cajamarquilla",
    "Pachacútec", "Nievería", "Villa Mercedes",
)

INSTITUTION_NAMES = {
    "cem": ("CEM Ate", "CEM Carabayllo", "CEM San Antonio de Huarochirí"),
    "police": ("Comisaría Huaycán", "Comisaría Carabayllo", "Comisaría Jicamarca"),
    "fiscalia": ("Fiscalía Provincial de Familia de Ate",),
    "poder_judicial": ("Juzgado de Familia de Ate", "Juzgado de Familia de Carabayllo"),
    "demuna": ("DEMUNA Ate", "DEMUNA Carabayllo"),
    "health_centre": ("Centro de Salud Huaycán", "Centro de Salud Materno Infantil "
                      "Carabayllo", "Puesto de Salud Jicamarca"),
    "other": ("Asociación Warmi Kallpa", "Parroquia San Andrés"),
}
