# Fraud detection take-home
# author: candidate
#
# Pipeline: load -> engineer per-card history features -> out-of-time split -> XGBoost -> report AP
# and precision/recall at a fixed daily alert budget -> refit on everything -> predictions.csv

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, precision_recall_curve

TARGET = "is_fraud"
ALERTS_PER_DAY = 50


def load():
    tr = pd.read_csv("train.csv", parse_dates=["txn_ts"])
    te = pd.read_csv("test.csv", parse_dates=["txn_ts"])
    return tr, te


def engineer(df):
    df = df.sort_values(["card_id", "txn_ts"]).reset_index(drop=True)
    g = df.groupby("card_id")
    df["card_seq"] = g.cumcount()
    df["mins_since_prev"] = g["txn_ts"].diff().dt.total_seconds().div(60)
    df["amt_prev"] = g["amount"].shift(1)
    df["amt_cummean_prev"] = g["amount"].transform(lambda s: s.shift(1).expanding().mean())
    df["amt_z_card"] = (df["amount"] - df["amt_cummean_prev"]) / (df["amt_cummean_prev"] + 1)
    for w in ("1h", "24h", "7d"):
        df[f"cnt_{w}"] = g.rolling(w, on="txn_ts", closed="left")["amount"].count().values
    df["new_device_for_card"] = (~df.duplicated(["card_id", "device_id"])).astype(int)
    df["new_country_for_card"] = (~df.duplicated(["card_id", "country"])).astype(int)
    df["hour"] = df["txn_ts"].dt.hour
    df["weekend"] = (df["txn_ts"].dt.dayofweek >= 5).astype(int)
    df = pd.get_dummies(df, columns=["channel"], dtype=int)
    return df.sort_values("txn_ts").reset_index(drop=True)


def alert_budget_metrics(y_true, score, ts, per_day=ALERTS_PER_DAY):
    n_days = ts.dt.normalize().nunique()
    k = per_day * n_days
    top = np.argsort(-score)[:k]
    tp = y_true[top].sum()
    return {"k": k, "precision_at_k": tp / k, "recall_at_k": tp / y_true.sum()}


def main():
    train, test = load()
    train = engineer(train)
    test = engineer(test)

    drop = [TARGET, "txn_ts", "card_id", "account_id", "device_id", "ip_address", "merchant_id", "country"]
    X_all = train.drop(columns=drop).fillna(-1)
    features = list(X_all.columns)
    print(len(features), "features:", features)

    cut = train["txn_ts"].max() - pd.Timedelta(days=28)
    is_val = (train["txn_ts"] > cut).values
    X_tr, X_va = X_all[~is_val], X_all[is_val]
    y_tr, y_va = train.loc[~is_val, TARGET].values, train.loc[is_val, TARGET].values
    print(f"train {len(X_tr)} rows / valid {len(X_va)} rows (after {cut:%Y-%m-%d})")

    model = xgb.XGBClassifier(
        n_estimators=350, max_depth=6, learning_rate=0.06, subsample=0.9, colsample_bytree=0.7,
        scale_pos_weight=float((y_tr == 0).sum() / max((y_tr == 1).sum(), 1)), n_jobs=-1,
        eval_metric="aucpr",
    )
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]

    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]
    print("baseline AP:", round(average_precision_score(y_va, base), 4))
    print("xgboost AP: ", round(average_precision_score(y_va, p), 4))
    print(alert_budget_metrics(y_va, p, train.loc[is_val, "txn_ts"]))

    prec, rec, thr = precision_recall_curve(y_va, p)
    for target_recall in (0.5, 0.7, 0.9):
        i = np.argmin(np.abs(rec - target_recall))
        print(f"recall~{target_recall}: precision {prec[i]:.3f}")

    imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
    print(imp.head(10))

    model.fit(X_all, train[TARGET].values)
    X_test = test.reindex(columns=features).fillna(-1)
    pd.DataFrame({"txn_id": test["txn_id"], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
