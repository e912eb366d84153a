"""No-show take-home: logistic regression with forward-chaining CV.

Appointments are sorted by date. Each fold trains on appointments before a
date and scores the following block, keeping in that block only patients
who never appeared in the training part (the reminder model will mostly
see first-time patients). A prior-only dummy runs on the same folds.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
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
dates = appointments["appointment_date"]
patients = appointments["patient_id"].values


def forward_folds_new_patients(n_splits=5):
    """TimeSeriesSplit blocks, with already-seen patients removed from each scoring block."""
    folds = []
    for tr, te in TimeSeriesSplit(n_splits=n_splits).split(X):
        # keep the cut clean in time: drop scoring rows that share the last training date
        te = te[dates.values[te] > dates.values[tr].max()]
        seen = np.unique(patients[tr])
        te = te[~np.isin(patients[te], seen)]
        folds.append((tr, te))
        print(f"train up to {dates.iloc[tr].max().date()} ({len(tr)} rows) | score {len(te)} rows "
              f"from {len(np.unique(patients[te]))} new patients")
    return folds


folds = forward_folds_new_patients()

pre = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), categorical),
])

candidates = {"dummy_prior": DummyClassifier(strategy="prior")}
for C in [0.03, 0.3, 3.0]:
    candidates[f"logreg_C{C}"] = LogisticRegression(C=C, max_iter=4000)

results = {}
for name, est in candidates.items():
    pipe = Pipeline([("pre", pre), ("clf", est)])
    cv_scores = cross_val_score(pipe, X, y, cv=folds, scoring="roc_auc")
    results[name] = cv_scores
    print(f"{name:<14} AUC per fold {np.round(cv_scores, 4)}  mean {cv_scores.mean():.4f}")

summary = pd.DataFrame(results).T
summary.columns = [f"fold{i}" for i in range(summary.shape[1])]
summary["mean"] = summary.mean(axis=1)
print(summary)

best = summary.drop(index="dummy_prior")["mean"].idxmax()
print("chosen:", best, "| lift over dummy:", round(summary.loc[best, "mean"] - summary.loc["dummy_prior", "mean"], 4))

final = Pipeline([("pre", pre), ("clf", candidates[best])]).fit(X, y)
coef_names = final.named_steps["pre"].get_feature_names_out()
coefs = pd.Series(final.named_steps["clf"].coef_[0], index=coef_names).sort_values()
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
