# Card fraud take-home -- LightGBM with card risk history (out-of-fold encoded)
import json
import warnings

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score, recall_score
from sklearn.model_selection import KFold, train_test_split

warnings.filterwarnings("ignore")

cfg = json.load(open("task.json"))
train = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])

print(train.shape, test.shape)
print(train["is_fraud"].value_counts())
print("cards:", train["card_id"].nunique(), "txn per card:", round(train.groupby("card_id").size().mean(), 1))


def base_features(df):
    df = df.sort_values(["card_id", "timestamp"]).copy()
    g = df.groupby("card_id")
    df["gap_s"] = g["timestamp"].diff().dt.total_seconds().fillna(-1)
    df["txn_no"] = g.cumcount()
    df["amt_vs_prev_mean"] = (df["amount"] / g["amount"].transform(lambda s: s.shift().expanding().mean())).fillna(1)
    df["foreign"] = (df["merchant_country"] != df["card_country"]).astype(int)
    df["hour"] = df["timestamp"].dt.hour
    df["ecom"] = (df["channel"] == "ecom").astype(int)
    return df.sort_index()


def card_table(rows, prior, k=20):
    s = rows.groupby("card_id")["is_fraud"].agg(["sum", "count"])
    return pd.DataFrame({"card_fraud_rate": (s["sum"] + k * prior) / (s["count"] + k),
                         "card_fraud_count": s["sum"]})


def encode_oof(fit_rows, n_splits=5, seed=31):
    """Out-of-fold card encoding for the rows the model is fitted on."""
    prior = fit_rows["is_fraud"].mean()
    out = pd.DataFrame(index=fit_rows.index, columns=["card_fraud_rate", "card_fraud_count"], dtype=float)
    for a, b in KFold(n_splits, shuffle=True, random_state=seed).split(fit_rows):
        tab = card_table(fit_rows.iloc[a], prior)
        mapped = fit_rows.iloc[b][["card_id"]].join(tab, on="card_id")
        out.iloc[b] = mapped[["card_fraud_rate", "card_fraud_count"]].values
    out["card_fraud_rate"] = out["card_fraud_rate"].fillna(prior)
    out["card_fraud_count"] = out["card_fraud_count"].fillna(0)
    return out


def encode_from(fit_rows, other):
    prior = fit_rows["is_fraud"].mean()
    tab = card_table(fit_rows, prior)
    mapped = other[["card_id"]].join(tab, on="card_id")
    return pd.DataFrame({"card_fraud_rate": mapped["card_fraud_rate"].fillna(prior),
                         "card_fraud_count": mapped["card_fraud_count"].fillna(0)}, index=other.index)


train = base_features(train)
test = base_features(test)

BASE = ["amount", "gap_s", "txn_no", "amt_vs_prev_mean", "foreign", "hour", "ecom",
        "customer_age", "account_age_days"]
FEATURES = BASE + ["card_fraud_rate", "card_fraud_count"]

fit_part, valid_part = train_test_split(train, test_size=0.2, stratify=train["is_fraud"], random_state=31)
X_train = pd.concat([fit_part[BASE], encode_oof(fit_part)], axis=1)[FEATURES]
X_valid = pd.concat([valid_part[BASE], encode_from(fit_part, valid_part)], axis=1)[FEATURES]
y_train, y_valid = fit_part["is_fraud"], valid_part["is_fraud"]

model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=31,
                           class_weight="balanced", random_state=31, verbose=-1)
model.fit(X_train, y_train)
pv = model.predict_proba(X_valid)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

print("valid AP :", round(average_precision_score(y_valid, pv), 4),
      "| dummy AP:", round(average_precision_score(y_valid, dummy.predict_proba(X_valid)[:, 1]), 4))
print("valid AUC:", round(roc_auc_score(y_valid, pv), 4))
cut = np.quantile(pv, 0.98)
print("top 2%  precision:", round(precision_score(y_valid, pv >= cut), 3),
      "recall:", round(recall_score(y_valid, pv >= cut), 3))

imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print(imp)

X_all = pd.concat([train[BASE], encode_oof(train)], axis=1)[FEATURES]
X_sub = pd.concat([test[BASE], encode_from(train, test)], axis=1)[FEATURES]
model.fit(X_all, train["is_fraud"])
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
