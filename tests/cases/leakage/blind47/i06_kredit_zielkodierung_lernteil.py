"""Probeaufgabe Kreditausfall - Lösung von Lukas Brenner.

Ziel: Wahrscheinlichkeit für `default` je Kredit vorhersagen.
Vorgehen: Merkmale aufbereiten, Zielkodierung für den Verwendungszweck,
Gradient Boosting, Vergleich mit einem Dummy-Modell.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

ZIEL = "default"
SCHLUESSEL = "loan_id"
NACH_AUSFALL = ["recovery_amount", "collection_stage"]  # erst nach dem Ausfall bekannt
ZUFALL = 2024


def daten_laden():
    trainingsdaten = pd.read_csv("train.csv")
    abgabedaten = pd.read_csv("test.csv")
    print("Trainingsdaten:", trainingsdaten.shape, "Abgabe:", abgabedaten.shape)
    print("Ausfallquote:", round(trainingsdaten[ZIEL].mean(), 4))
    return trainingsdaten, abgabedaten


def merkmale_bauen(df):
    neu = df.copy()
    neu["rate_zu_einkommen"] = neu["loan_amount"] / (neu["annual_income"] + 1)
    neu["log_einkommen"] = np.log1p(neu["annual_income"])
    neu["hohe_dti"] = (neu["dti"] > 35).astype(int)
    neu["score_klasse"] = pd.cut(neu["credit_score"], bins=[0, 580, 670, 740, 800, 900], labels=False)
    neu = pd.get_dummies(neu, columns=["home_ownership"], dtype=float)
    return neu


def zielkodierung(df, spalte, glaettung=20):
    """Geglätteter Mittelwert der Ausfallquote je Kategorie."""
    gesamt = df[ZIEL].mean()
    statistik = df.groupby(spalte)[ZIEL].agg(["mean", "count"])
    wert = (statistik["mean"] * statistik["count"] + gesamt * glaettung) / (statistik["count"] + glaettung)
    return wert, gesamt


def spalten_waehlen(df):
    weg = [ZIEL, SCHLUESSEL, "purpose"] + NACH_AUSFALL
    return [c for c in df.columns if c not in weg]


def auswerten(name, y_wahr, p):
    print(f"{name:>12}: ROC-AUC={roc_auc_score(y_wahr, p):.4f}  "
          f"PR-AUC={average_precision_score(y_wahr, p):.4f}  Brier={brier_score_loss(y_wahr, p):.4f}")


def main():
    trainingsdaten, abgabedaten = daten_laden()
    print(trainingsdaten.groupby("purpose")[ZIEL].mean().sort_values(ascending=False))

    trainingsdaten = merkmale_bauen(trainingsdaten)
    abgabedaten = merkmale_bauen(abgabedaten)

    lern, pruef = train_test_split(trainingsdaten, test_size=0.2, stratify=trainingsdaten[ZIEL],
                                   random_state=ZUFALL)
    lern, pruef = lern.copy(), pruef.copy()

    # Zielkodierung des Verwendungszwecks, nur aus dem Lernteil geschätzt
    kodierung, gesamt = zielkodierung(lern, "purpose")
    lern["purpose_te"] = lern["purpose"].map(kodierung).fillna(gesamt)
    pruef["purpose_te"] = pruef["purpose"].map(kodierung).fillna(gesamt)

    spalten = spalten_waehlen(lern)
    X_lern, y_lern = lern[spalten], lern[ZIEL]
    X_pruef, y_pruef = pruef[spalten], pruef[ZIEL]

    dummy = DummyClassifier(strategy="prior").fit(X_lern, y_lern)
    auswerten("Dummy", y_pruef, dummy.predict_proba(X_pruef)[:, 1])

    modell = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                            l2_regularization=1.0, random_state=ZUFALL)
    modell.fit(X_lern, y_lern)
    auswerten("HGB", y_pruef, modell.predict_proba(X_pruef)[:, 1])

    # Endmodell auf allen Trainingsdaten (Kodierung neu auf allen Trainingsdaten)
    kodierung, gesamt = zielkodierung(trainingsdaten, "purpose")
    trainingsdaten["purpose_te"] = trainingsdaten["purpose"].map(kodierung).fillna(gesamt)
    abgabedaten["purpose_te"] = abgabedaten["purpose"].map(kodierung).fillna(gesamt)
    endmodell = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                               l2_regularization=1.0, random_state=ZUFALL)
    endmodell.fit(trainingsdaten[spalten], trainingsdaten[ZIEL])
    abgabe = pd.DataFrame({
        SCHLUESSEL: abgabedaten[SCHLUESSEL],
        "prediction": endmodell.predict_proba(abgabedaten.reindex(columns=spalten, fill_value=0))[:, 1],
    })
    abgabe.to_csv("predictions.csv", index=False)
    print(abgabe.head())


if __name__ == "__main__":
    main()
