# Esercizio: previsione dell'abbandono dei dipendenti (attrition)
# Candidato: Matteo Ferraresi
#
# Passi: caricamento, pulizia, selezione delle variabili, foresta casuale,
# confronto con un modello banale, file di previsioni.

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

SEME = 42
OBIETTIVO = "attrition"
COLONNE_ESCLUSE = ["employee_id", "attrition", "exit_interview_score", "severance_paid"]

# ------------------------------------------------------------------
# caricamento
# ------------------------------------------------------------------
dati = pd.read_csv("train.csv")
dati_consegna = pd.read_csv("test.csv")
print("righe:", len(dati), "| quota abbandoni:", round(dati[OBIETTIVO].mean(), 3))
print(dati.dtypes)


def pulisci(df):
    df = df.copy()
    df["overtime"] = df["overtime"].map({"Yes": 1, "No": 0}).fillna(0)
    df["reddito_log"] = np.log1p(df["monthly_income"])
    df["anni_senza_promozione_rel"] = df["years_since_promotion"] / (df["years_at_company"] + 1)
    df["satisfaction_score"] = df["satisfaction_score"].fillna(3)
    df = pd.get_dummies(df, columns=["department"], prefix="rep", dtype=float)
    return df


dati = pulisci(dati)
dati_consegna = pulisci(dati_consegna)

candidate = [c for c in dati.columns if c not in COLONNE_ESCLUSE]
X = dati[candidate].fillna(0)
y = dati[OBIETTIVO]
X_consegna = dati_consegna.reindex(columns=candidate, fill_value=0).fillna(0)

# ------------------------------------------------------------------
# selezione delle variabili: tengo le 10 più informative
# ------------------------------------------------------------------
selettore = SelectKBest(score_func=f_classif, k=10)
X_sel = selettore.fit_transform(X, y)
scelte = X.columns[selettore.get_support()]
print("variabili scelte:", list(scelte))
X_sel = pd.DataFrame(X_sel, columns=scelte, index=X.index)

# ------------------------------------------------------------------
# divisione addestramento / verifica
# ------------------------------------------------------------------
X_addestr, X_verifica, y_addestr, y_verifica = train_test_split(
    X_sel, y, test_size=0.25, stratify=y, random_state=SEME
)


def valuta(nome, modello):
    modello.fit(X_addestr, y_addestr)
    acc = accuracy_score(y_verifica, modello.predict(X_verifica))
    print(f"{nome:<10} accuratezza = {acc:.3f}")
    return acc


modelli = {
    "banale": DummyClassifier(strategy="most_frequent"),
    "foresta": RandomForestClassifier(n_estimators=500, max_depth=8, min_samples_leaf=4,
                                      class_weight="balanced_subsample", random_state=SEME),
}
punteggi = {nome: valuta(nome, m) for nome, m in modelli.items()}
print(punteggi)

importanze = pd.Series(modelli["foresta"].feature_importances_, index=scelte)
print(importanze.sort_values(ascending=False))

# ------------------------------------------------------------------
# modello finale e consegna
# ------------------------------------------------------------------
finale = RandomForestClassifier(n_estimators=500, max_depth=8, min_samples_leaf=4,
                                class_weight="balanced_subsample", random_state=SEME)
finale.fit(X_sel, y)
previsioni = finale.predict_proba(X_consegna[scelte])[:, 1]
pd.DataFrame({"employee_id": dati_consegna["employee_id"], "prediction": previsioni}).to_csv(
    "predictions.csv", index=False
)
print("fatto")
