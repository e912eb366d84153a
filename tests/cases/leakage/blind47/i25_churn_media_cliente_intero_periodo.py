"""Soluzione del compito "churn mensile" - Alessandro Bianchi.

Ogni riga è un cliente in un mese. Il modello deve prevedere `churn` per i mesi futuri,
quindi la verifica è fatta sugli ultimi mesi e solo su clienti mai visti in addestramento.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

CLIENTE = "customer_id"
MESE = "month"
OBIETTIVO = "churn"
NON_USARE = ["row_id", CLIENTE, MESE, OBIETTIVO, "churn_reason", "retention_offer_accepted"]
MESE_TAGLIO = "2023-09-01"


def carica():
    storico = pd.read_csv("train.csv", parse_dates=[MESE])
    da_prevedere = pd.read_csv("test.csv", parse_dates=[MESE])
    return storico, da_prevedere


def aggiungi_caratteristiche(df):
    """Caratteristiche per riga + profilo del cliente."""
    df = df.sort_values([CLIENTE, MESE]).copy()
    gruppo = df.groupby(CLIENTE)
    # profilo medio del cliente
    df["chiamate_medie_cliente"] = gruppo["support_calls"].transform("mean")
    df["ritardo_medio_cliente"] = gruppo["payment_delay_days"].transform("mean")
    df["consumo_medio_cliente"] = gruppo["data_usage_gb"].transform("mean")
    # rapporto tra il mese corrente e il profilo
    df["chiamate_rel"] = df["support_calls"] / (df["chiamate_medie_cliente"] + 0.1)
    df["consumo_rel"] = df["data_usage_gb"] / (df["consumo_medio_cliente"] + 0.1)
    df["mensile_su_totale"] = df["monthly_charges"] / (df["total_charges"] + 1)
    df = pd.get_dummies(df, columns=["plan_type", "contract_type", "region"], dtype=float)
    return df


def dividi(df):
    """Taglio temporale; in verifica tengo solo clienti nuovi."""
    addestr = df[df[MESE] < MESE_TAGLIO]
    verifica = df[df[MESE] >= MESE_TAGLIO]
    verifica = verifica[~verifica[CLIENTE].isin(addestr[CLIENTE].unique())]
    return addestr, verifica


def valuta(nome, y, p):
    print(f"{nome:<10} AUC={roc_auc_score(y, p):.4f}  AP={average_precision_score(y, p):.4f}  "
          f"logloss={log_loss(y, p):.4f}")


def main():
    storico, da_prevedere = carica()
    print(storico.shape, "tasso churn:", round(storico[OBIETTIVO].mean(), 3))
    print(storico.groupby(MESE)[OBIETTIVO].mean().tail(12))

    n_storico = len(storico)
    insieme = pd.concat([storico, da_prevedere], ignore_index=True)
    insieme = aggiungi_caratteristiche(insieme)
    storico_f = insieme[insieme["row_id"].isin(storico["row_id"])]
    da_prevedere_f = insieme[insieme["row_id"].isin(da_prevedere["row_id"])]
    assert len(storico_f) == n_storico

    colonne = [c for c in storico_f.columns if c not in NON_USARE]
    addestr, verifica = dividi(storico_f)
    print("addestramento:", addestr.shape, "verifica:", verifica.shape)

    banale = DummyClassifier(strategy="prior").fit(addestr[colonne], addestr[OBIETTIVO])
    valuta("banale", verifica[OBIETTIVO], banale.predict_proba(verifica[colonne])[:, 1])

    modello = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=500, max_leaf_nodes=31,
                                             min_samples_leaf=40, random_state=0)
    modello.fit(addestr[colonne], addestr[OBIETTIVO])
    valuta("hgb", verifica[OBIETTIVO], modello.predict_proba(verifica[colonne])[:, 1])

    finale = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=500, max_leaf_nodes=31,
                                            min_samples_leaf=40, random_state=0)
    finale.fit(storico_f[colonne], storico_f[OBIETTIVO])
    uscita = pd.DataFrame({"row_id": da_prevedere_f["row_id"].values,
                           "prediction": finale.predict_proba(da_prevedere_f[colonne])[:, 1]})
    uscita.to_csv("predictions.csv", index=False)
    print(uscita.describe())


if __name__ == "__main__":
    main()
