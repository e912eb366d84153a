# Lieferzeit-Vorhersage  (Hausaufgabe, Jana Hoffmann)
# Zielgröße: delivery_minutes, Zeitspalte: order_time
#
# Aufbau:
#   1. Daten laden und zeitlich sortieren
#   2. Merkmale
#   3. zeitlicher Schnitt: die letzten 15 % der Bestellungen sind Testdaten
#   4. Hyperparametersuche mit TimeSeriesSplit auf den Lerndaten
#   5. einmalige Auswertung auf den Testdaten gegen ein Dummy-Modell (Median), Abgabe

import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.model_selection import TimeSeriesSplit, RandomizedSearchCV
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score

ZIEL = "delivery_minutes"
ZEIT = "order_time"
NACHHER_BEKANNT = ["courier_wait_minutes_actual", "customer_rating"]
KATEGORIEN = ["restaurant_type", "courier_vehicle", "weather", "traffic_level", "city_zone"]


def laden():
    lerndaten = pd.read_csv("train.csv", parse_dates=[ZEIT]).sort_values(ZEIT).reset_index(drop=True)
    abgabe_daten = pd.read_csv("test.csv", parse_dates=[ZEIT])
    return lerndaten, abgabe_daten


def merkmale(df):
    m = pd.DataFrame(index=df.index)
    m["distance_km"] = df["distance_km"]
    m["n_items"] = df["n_items"]
    m["prep_time_estimate"] = df["prep_time_estimate"]
    m["stunde"] = df[ZEIT].dt.hour
    m["wochentag"] = df[ZEIT].dt.dayofweek
    m["monat"] = df[ZEIT].dt.month
    m["stosszeit"] = m["stunde"].between(11, 13) | m["stunde"].between(18, 21)
    m["stosszeit"] = m["stosszeit"].astype(int)
    m["distanz_quadrat"] = df["distance_km"] ** 2
    kat = pd.get_dummies(df[KATEGORIEN], dtype=float)
    return pd.concat([m, kat], axis=1)


def zeitlich_teilen(df, anteil=0.15):
    grenze = int(len(df) * (1 - anteil))
    return df.iloc[:grenze], df.iloc[grenze:]


def bewerten(name, y_wahr, y_pred):
    print(f"{name:<14} MAE={mean_absolute_error(y_wahr, y_pred):6.2f}  "
          f"MedAE={median_absolute_error(y_wahr, y_pred):6.2f}  R2={r2_score(y_wahr, y_pred):.3f}")


lerndaten, abgabe_daten = laden()
print(lerndaten[[ZIEL] + NACHHER_BEKANNT].describe())

lernteil, testdaten = zeitlich_teilen(lerndaten)
print("Lernteil bis", lernteil[ZEIT].max(), "| Testdaten ab", testdaten[ZEIT].min())

X_lern = merkmale(lernteil)
X_testdaten = merkmale(testdaten).reindex(columns=X_lern.columns, fill_value=0)
y_lern, y_testdaten = lernteil[ZIEL], testdaten[ZIEL]

suchraum = {
    "max_depth": [4, 5, 6, 8],
    "learning_rate": [0.02, 0.05, 0.1],
    "n_estimators": [300, 600, 900],
    "subsample": [0.7, 0.85, 1.0],
    "min_child_weight": [1, 5, 10],
}
suche = RandomizedSearchCV(
    XGBRegressor(objective="reg:absoluteerror", tree_method="hist", random_state=1),
    suchraum, n_iter=20, scoring="neg_mean_absolute_error",
    cv=TimeSeriesSplit(n_splits=4), random_state=1, n_jobs=-1,
)
suche.fit(X_lern, y_lern)
print("beste Parameter:", suche.best_params_, "CV-MAE:", -suche.best_score_)

dummy = DummyRegressor(strategy="median").fit(X_lern, y_lern)
bewerten("Dummy (Median)", y_testdaten, dummy.predict(X_testdaten))

bestes_modell = suche.best_estimator_
bewerten("XGBoost", y_testdaten, bestes_modell.predict(X_testdaten))

fehler = (y_testdaten - bestes_modell.predict(X_testdaten)).abs()
print(fehler.groupby(testdaten["traffic_level"]).mean())

# Endmodell auf allen Lerndaten
endmodell = XGBRegressor(objective="reg:absoluteerror", tree_method="hist", random_state=1,
                         **suche.best_params_)
X_alle = merkmale(lerndaten)
endmodell.fit(X_alle, lerndaten[ZIEL])
X_abgabe = merkmale(abgabe_daten).reindex(columns=X_alle.columns, fill_value=0)
pd.DataFrame({"order_id": abgabe_daten["order_id"], "prediction": endmodell.predict(X_abgabe)}).to_csv(
    "predictions.csv", index=False
)
