"""No-show take-home: logistic regression with forward-chaining CV.

Appointments are sorted by date and evaluated with TimeSeriesSplit, so each
fold only trains on appointments that happened before the ones it scores.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

pd.options.display.float_format = "{:.4f}".format

appointments = pd.read_csv("train.csv", parse_dates=["appointment_date", "scheduled_date"])
appointments = appointments.sort_values("appointment_date").reset_index(drop=True)
print(appointments.shape, appointments.appointment_date.min(), appointments.appointment_date.max())

# row-level features
appointments["lead_days"] = (appointments.appointment_date - appointments.scheduled_date).dt.days.clip(lower=0)
appointments["log_lead"] = np.log1p(appointments["lead_days"])
appointments["same_day"] = (appointments["lead_days"] == 0).astype(int)
appointments["weekday"] = appointments.appointment_date.dt.day_name()
appointments["morning"] = (appointments.appointment_date.dt.hour < 12).astype(int)
appointments["is_child"] = (appointments["age"] < 16).astype(int)
appointments["is_senior"] = (appointments["age"] >= 65).astype(int)

numeric = ["age", "log_lead", "same_day", "morning", "is_child", "is_senior",
           "sms_received", "scholarship", "hypertension", "diabetes"]
categorical = ["gender", "weekday", "clinic", "specialty", "visit_type"]

X = appointments[numeric + categorical]
y = appointments["no_show"]

pre = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), categorical),
])

tscv = TimeSeriesSplit(n_splits=5)
for i, (tr, te) in enumerate(tscv.split(X)):
    print(f"fold {i}: train up to {appointments.appointment_date.iloc[tr[-1]].date()}, "
          f"test {appointments.appointment_date.iloc[te[0]].date()} -> {appointments.appointment_date.iloc[te[-1]].date()}")

results = {}
for C in [0.03, 0.3, 3.0]:
    pipe = Pipeline([("pre", pre), ("lr", LogisticRegression(C=C, max_iter=4000))])
    cv_scores = cross_val_score(pipe, X, y, cv=tscv)
    results[C] = cv_scores
    print(f"C={C:<5} fold scores {np.round(cv_scores, 4)}  mean {cv_scores.mean():.4f}")

summary = pd.DataFrame(results).T
summary.columns = [f"fold{i}" for i in range(summary.shape[1])]
summary["mean"] = summary.mean(axis=1)
print(summary)

best_C = summary["mean"].idxmax()
print("chosen C:", best_C)

final = Pipeline([("pre", pre), ("lr", LogisticRegression(C=best_C, max_iter=4000))]).fit(X, y)
coef_names = final.named_steps["pre"].get_feature_names_out()
coefs = pd.Series(final.named_steps["lr"].coef_[0], index=coef_names).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

test = pd.read_csv("test.csv", parse_dates=["appointment_date", "scheduled_date"])
test["lead_days"] = (test.appointment_date - test.scheduled_date).dt.days.clip(lower=0)
test["log_lead"] = np.log1p(test["lead_days"])
test["same_day"] = (test["lead_days"] == 0).astype(int)
test["weekday"] = test.appointment_date.dt.day_name()
test["morning"] = (test.appointment_date.dt.hour < 12).astype(int)
test["is_child"] = (test["age"] < 16).astype(int)
test["is_senior"] = (test["age"] >= 65).astype(int)
test["prediction"] = final.predict_proba(test[numeric + categorical])[:, 1]
test[["appointment_id", "prediction"]].to_csv("predictions.csv", index=False)
