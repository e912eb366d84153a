"""
Prueba para el puesto de Científico de Datos - detección de fraude.
Autora: Lucía Fernández Gil

Uso: python solucion.py  (lee train.csv y test.csv del directorio actual)
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.dummy import DummyClassifier
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SEMILLA = 13
OBJETIVO = "is_fraud"
CUENTA = "account_id"
IDENT = "transaction_id"


def cargar():
    entrenamiento = pd.read_csv("train.csv")
    envio = pd.read_csv("test.csv")
    return entrenamiento, envio


def preparar_datos(df):
    """Variables derivadas; no usa la etiqueta."""
    salida = pd.DataFrame(index=df.index)
    salida["amount"] = df["amount"]
    salida["log_monto"] = np.log1p(df["amount"])
    salida["hour_of_day"] = df["hour_of_day"]
    salida["madrugada"] = df["hour_of_day"].isin([0, 1, 2, 3, 4]).astype(int)
    salida["distance_from_home_km"] = df["distance_from_home_km"].fillna(-1)
    salida["n_tx_last_24h"] = df["n_tx_last_24h"]
    salida["account_age_days"] = df["account_age_days"]
    salida["cuenta_nueva"] = (df["account_age_days"] < 30).astype(int)
    salida["country_mismatch"] = df["country_mismatch"].astype(int)
    salida["chargeback_filed"] = df["chargeback_filed"].astype(int)  # señal fuerte en el EDA
    dummies = pd.get_dummies(df[["merchant_category", "device_type"]], dtype=float)
    return pd.concat([salida, dummies], axis=1)


def validacion_cruzada(X, y, grupos, crear_modelo, n_pliegues=5):
    """Predicciones fuera de pliegue; las cuentas no se repiten entre pliegues."""
    oof = np.zeros(len(y))
    pliegues = StratifiedGroupKFold(n_splits=n_pliegues, shuffle=True, random_state=SEMILLA)
    for i, (idx_a, idx_b) in enumerate(pliegues.split(X, y, groups=grupos)):
        modelo = crear_modelo()
        modelo.fit(X.iloc[idx_a], y.iloc[idx_a])
        oof[idx_b] = modelo.predict_proba(X.iloc[idx_b])[:, 1]
        print(f"  pliegue {i}: AUC={roc_auc_score(y.iloc[idx_b], oof[idx_b]):.4f}")
    return oof


def evaluar(nombre, y, p):
    print(f"{nombre:<8} ROC-AUC={roc_auc_score(y, p):.4f}  PR-AUC={average_precision_score(y, p):.4f}")


def main():
    entrenamiento, envio = cargar()
    print(entrenamiento.shape, "tasa de fraude:", entrenamiento[OBJETIVO].mean().round(4))
    print(entrenamiento.groupby("chargeback_filed")[OBJETIVO].mean())

    X = preparar_datos(entrenamiento)
    y = entrenamiento[OBJETIVO]
    grupos = entrenamiento[CUENTA]
    X_envio = preparar_datos(envio).reindex(columns=X.columns, fill_value=0)

    peso = (y == 0).sum() / max((y == 1).sum(), 1)

    def crear_xgb():
        return XGBClassifier(n_estimators=500, learning_rate=0.05, max_depth=5, subsample=0.8,
                             colsample_bytree=0.8, scale_pos_weight=peso, eval_metric="aucpr",
                             random_state=SEMILLA, n_jobs=4)

    def crear_dummy():
        return DummyClassifier(strategy="prior")

    print("Dummy:")
    oof_dummy = validacion_cruzada(X, y, grupos, crear_dummy)
    print("XGBoost:")
    oof_xgb = validacion_cruzada(X, y, grupos, crear_xgb)

    evaluar("dummy", y, oof_dummy)
    evaluar("xgb", y, oof_xgb)

    final = crear_xgb().fit(X, y)
    pd.DataFrame({IDENT: envio[IDENT], "prediction": final.predict_proba(X_envio)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    print("predictions.csv escrito,", len(envio), "filas")


if __name__ == "__main__":
    main()
