"""P2P scam-transfer model.

Out-of-time validation: everything before the last two weeks trains the model,
the last two weeks validate it.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
T = task["time_column"]
ACC = task["group_column"]
Y = task["target"]

data = pd.read_csv("train.csv", parse_dates=[T]).sort_values(T).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[T])
print(data[T].min(), "->", data[T].max(), len(data), "transfers")
print("scam rate", round(data[Y].mean(), 4))


def add_history(df):
    df = df.sort_values([ACC, T]).copy()
    acc = df.groupby(ACC)
    df["prior_transfers"] = acc.cumcount()
    df["gap_min"] = acc[T].diff().dt.total_seconds().div(60).fillna(60 * 24 * 90)
    df["prior_avg_amount"] = acc["amount"].transform(lambda s: s.shift().expanding().mean()).fillna(0)
    df["amount_over_avg"] = np.where(df["prior_avg_amount"] > 0, df["amount"] / df["prior_avg_amount"], 1.0)
    ts = df.set_index(T).groupby(ACC)["amount"]
    df["n_last_24h"] = ts.rolling("24h", closed="left").count().reset_index(level=0, drop=True).fillna(0).values
    df["hour"] = df[T].dt.hour
    return df.sort_index()


data = add_history(data)
test = add_history(test)

num = ["amount", "prior_transfers", "gap_min", "amount_over_avg", "n_last_24h", "payee_is_new",
       "payee_account_age_days", "sender_account_age_days", "session_seconds", "hour"]
cat = ["channel", "beneficiary_bank"]

cutoff = data[T].max() - pd.Timedelta(days=14)
fit_rows = data[data[T] < cutoff]
val_rows = data[data[T] >= cutoff]
print("train", len(fit_rows), "valid", len(val_rows))

pre = ColumnTransformer([("num", StandardScaler(), num),
                         ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), cat)])
models = {
    "dummy": DummyClassifier(strategy="prior"),
    "forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, class_weight="balanced_subsample",
                                     n_jobs=-1, random_state=0),
}
results = {}
for name, est in models.items():
    pipe = Pipeline([("pre", pre), ("est", est)]).fit(fit_rows[num + cat], fit_rows[Y])
    p = pipe.predict_proba(val_rows[num + cat])[:, 1]
    results[name] = (average_precision_score(val_rows[Y], p), roc_auc_score(val_rows[Y], p))
    print(f"{name:7s} AP={results[name][0]:.4f} AUC={results[name][1]:.4f}")

final = Pipeline([("pre", pre), ("est", models["forest"])]).fit(data[num + cat], data[Y])
pd.DataFrame({task["id_column"]: test[task["id_column"]],
              "prediction": final.predict_proba(test[num + cat])[:, 1]}).to_csv("predictions.csv", index=False)
