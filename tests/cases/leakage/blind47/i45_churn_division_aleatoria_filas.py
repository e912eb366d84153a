# -*- coding: utf-8 -*-
# Ejercicio de abandono (churn) - Sebastián Castro
#
# Estructura:
#   preparar_datos()  -> variables
#   dividir()         -> conjunto de entrenamiento y conjunto de prueba
#   entrenar_modelo() -> XGBoost
#   evaluar()         -> AUC / AP frente a un clasificador trivial

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from xgboost import XGBClassifier

SEMILLA = 5
OBJETIVO = "churn"
NO_USAR = ["row_id", "customer_id", "month", "churn", "churn_reason", "retention_offer_accepted"]


def preparar_datos(df):
    d = df.copy()
    d["month"] = pd.to_datetime(d["month"])
    d = d.sort_values(["customer_id", "month"])
    d["mes_del_anio"] = d["month"].dt.month
    d["cargo_medio_historico"] = d["total_charges"] / d["tenure_months"].clip(lower=1)
    d["sube_cargo"] = (d["monthly_charges"] > d["cargo_medio_historico"] * 1.1).astype(int)
    d["llamadas_mes_anterior"] = d.groupby("customer_id")["support_calls"].shift(1)
    d["retraso_mes_anterior"] = d.groupby("customer_id")["payment_delay_days"].shift(1)
    d = pd.get_dummies(d, columns=["plan_type", "contract_type", "region"], dtype=float)
    return d


def dividir(d, proporcion_prueba=0.2):
    conjunto_entrenamiento, conjunto_prueba = train_test_split(
        d, test_size=proporcion_prueba, stratify=d[OBJETIVO], random_state=SEMILLA)
    return conjunto_entrenamiento, conjunto_prueba


def entrenar_modelo(X, y):
    peso = float((y == 0).sum() / max((y == 1).sum(), 1))
    modelo = XGBClassifier(n_estimators=450, learning_rate=0.05, max_depth=5, subsample=0.85,
                           colsample_bytree=0.8, scale_pos_weight=peso, eval_metric="logloss",
                           random_state=SEMILLA)
    return modelo.fit(X, y)


def evaluar(nombre, y, p):
    print(f"{nombre:<10} AUC={roc_auc_score(y, p):.4f}  AP={average_precision_score(y, p):.4f}  "
          f"Brier={brier_score_loss(y, p):.4f}")


if __name__ == "__main__":
    historico = pd.read_csv("train.csv")
    nuevos = pd.read_csv("test.csv")
    print("filas:", len(historico), "clientes:", historico["customer_id"].nunique(),
          "tasa churn:", round(historico[OBJETIVO].mean(), 3))

    todo = preparar_datos(pd.concat([historico, nuevos], ignore_index=True))
    datos = todo[todo["row_id"].isin(historico["row_id"])]
    datos_nuevos = todo[todo["row_id"].isin(nuevos["row_id"])]
    variables = [c for c in datos.columns if c not in NO_USAR]

    conjunto_entrenamiento, conjunto_prueba = dividir(datos)
    print("entrenamiento:", conjunto_entrenamiento.shape, "prueba:", conjunto_prueba.shape)

    X_e, y_e = conjunto_entrenamiento[variables], conjunto_entrenamiento[OBJETIVO]
    X_p, y_p = conjunto_prueba[variables], conjunto_prueba[OBJETIVO]

    trivial = DummyClassifier(strategy="prior").fit(X_e, y_e)
    evaluar("trivial", y_p, trivial.predict_proba(X_p)[:, 1])

    modelo = entrenar_modelo(X_e, y_e)
    evaluar("xgboost", y_p, modelo.predict_proba(X_p)[:, 1])

    importancia = pd.Series(modelo.feature_importances_, index=variables).sort_values(ascending=False)
    print(importancia.head(10).round(4))

    modelo_final = entrenar_modelo(datos[variables], datos[OBJETIVO])
    salida = pd.DataFrame({"row_id": datos_nuevos["row_id"].values,
                           "prediction": modelo_final.predict_proba(datos_nuevos[variables])[:, 1]})
    salida.to_csv("predictions.csv", index=False)
    print("guardado predictions.csv", salida.shape)
