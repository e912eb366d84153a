"""No-show prediction: logistic regression with clinic one-hots, chronological holdout.

The operations team asked for one number: how often the yes/no call is right. I report accuracy
on the most recent 20% of appointments and compare it with always predicting "shows up"
(the majority class), which is the bar the model has to beat.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "no_show"
NUM = ["lead_days", "age", "prior_noshows", "distance_km", "appt_hour"]
CAT = ["clinic_id", "sms_reminder", "scholarship", "hypertension", "diabetes", "dow"]

df = pd.read_csv("train.csv", parse_dates=["appt_date"])
test = pd.read_csv("test.csv", parse_dates=["appt_date"])
for frame in (df, test):
    frame["dow"] = frame["appt_date"].dt.dayofweek
    frame["lead_days"] = np.log1p(frame["lead_days"].clip(lower=0))

df = df.sort_values("appt_date")
cut = df["appt_date"].quantile(0.8)
tr, va = df[df["appt_date"] < cut], df[df["appt_date"] >= cut]
X_cols = NUM + CAT

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
model = Pipeline([("pre", pre), ("lr", LogisticRegression(C=1.0, max_iter=2000))])
model.fit(tr[X_cols], tr[TARGET])
majority = DummyClassifier(strategy="most_frequent").fit(tr[X_cols], tr[TARGET])

acc_base = accuracy_score(va[TARGET], majority.predict(va[X_cols]))
acc_model = accuracy_score(va[TARGET], model.predict(va[X_cols]))
print(f"validation window: {va.appt_date.min().date()} .. {va.appt_date.max().date()}  (n={len(va)})")
print(f"no-show rate in window: {va[TARGET].mean():.3f}")
print(f"accuracy  majority baseline: {acc_base:.3f}")
print(f"accuracy  logistic model:    {acc_model:.3f}")

# monthly stability of the gain over the baseline
va = va.assign(pred=model.predict(va[X_cols]), month=va["appt_date"].dt.to_period("M"))
monthly = va.groupby("month").apply(
    lambda g: pd.Series({"acc_model": (g.pred == g[TARGET]).mean(), "acc_majority": (g[TARGET] == 0).mean()}))
print(monthly.round(3))

model.fit(df[X_cols], df[TARGET])
test["prediction"] = model.predict_proba(test[X_cols])[:, 1]
test[["appt_id", "prediction"]].to_csv("predictions.csv", index=False)
