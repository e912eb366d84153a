"""Churn model with polars feature prep + scikit-learn logistic regression.

Only ~5% of snapshots churn, so churners are upsampled 4x to give the linear
model enough positive signal. Validation: customers not used for fitting,
scored on their Jul-Sep snapshots.
"""
import json

import numpy as np
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TASK = json.load(open("task.json"))
Y = TASK["target"]
T = TASK["time_column"]
G = TASK["group_column"]
ID = TASK["id_column"]
UPSAMPLE = 4
CUT = "2024-07-01"


def load(path):
    return pl.read_csv(path, try_parse_dates=True).with_columns(pl.col(T).cast(pl.Date))


def add_features(df):
    df = df.sort([G, T])
    return df.with_columns(
        (pl.col("logins_30d") - pl.col("logins_30d").shift(1).over(G)).alias("logins_chg"),
        pl.col("support_tickets_30d").shift(1).over(G).fill_null(0).alias("tickets_prev"),
        pl.col("days_since_last_login").fill_null(60).clip(0, 60).alias("dsll_capped"),
        (pl.col("payment_failures_90d") > 0).cast(pl.Int8).alias("any_failure"),
        pl.col("monthly_charges").log1p().alias("log_charges"),
    ).with_columns(pl.col("logins_chg").fill_null(0))


def one_hot(df):
    return df.to_dummies(columns=["plan", "region"])


def upsample_positives(df, times):
    pos = df.filter(pl.col(Y) == 1)
    return pl.concat([df] + [pos] * (times - 1))


def customer_time_split(df, frac=0.2, seed=5):
    ids = df.select(G).unique().sort(G).to_series().to_numpy()
    rng = np.random.default_rng(seed)
    hold = rng.choice(ids, size=int(frac * len(ids)), replace=False).tolist()
    cut = pl.lit(CUT).str.to_date()
    fit = df.filter(~pl.col(G).is_in(hold) & (pl.col(T) < cut))
    val = df.filter(pl.col(G).is_in(hold) & (pl.col(T) >= cut))
    return fit, val


train = one_hot(add_features(load("train.csv")))
test = one_hot(add_features(load("test.csv")))
print(train.shape, train[Y].mean())

FEATURES = [
    c for c in train.columns
    if c not in {Y, T, G, ID, "days_since_last_login", *TASK["leaky_columns"]}
]
print(FEATURES)

train_bal = upsample_positives(train, UPSAMPLE)
print("after upsampling:", train_bal.shape, train_bal[Y].mean())

fit, val = customer_time_split(train_bal)
X_fit, y_fit = fit.select(FEATURES).to_numpy(), fit[Y].to_numpy()
X_val, y_val = val.select(FEATURES).to_numpy(), val[Y].to_numpy()
print("fit", X_fit.shape, "val", X_val.shape)

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=3000))
model.fit(X_fit, y_fit)
base = DummyClassifier(strategy="prior").fit(X_fit, y_fit)

for name, m in [("prior baseline", base), ("logistic", model)]:
    p = m.predict_proba(X_val)[:, 1]
    print(f"{name:15s} auc={roc_auc_score(y_val, p):.4f}  ap={average_precision_score(y_val, p):.4f}")

coef = sorted(zip(FEATURES, model[-1].coef_[0]), key=lambda t: abs(t[1]), reverse=True)
for name, c in coef[:10]:
    print(f"  {name:30s} {c:+.3f}")

# refit on all (upsampled) labelled data
model.fit(train_bal.select(FEATURES).to_numpy(), train_bal[Y].to_numpy())
for c in FEATURES:
    if c not in test.columns:
        test = test.with_columns(pl.lit(0).alias(c))
pred = model.predict_proba(test.select(FEATURES).to_numpy())[:, 1]
pl.DataFrame({ID: test[ID], "prediction": pred}).write_csv("predictions.csv")
