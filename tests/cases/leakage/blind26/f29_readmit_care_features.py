import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

stays = pd.read_csv("stays.csv", parse_dates=["admit_date", "discharge_date"])
stays = stays.sort_values(["patient_id", "admit_date"])
stays["los_days"] = (stays.discharge_date - stays.admit_date).dt.days
stays["n_prior_stays"] = stays.groupby("patient_id").cumcount()
stays["prev_discharge"] = stays.groupby("patient_id")["discharge_date"].shift()
stays["days_since_last"] = (stays.admit_date - stays.prev_discharge).dt.days.fillna(3650)

feature_sets = {
    "demographics": ["age", "female"],
    "severity": ["n_diagnoses", "n_procedures", "los_days", "emergency_admit", "icu_days"],
    "history": ["n_prior_stays", "days_since_last"],
    "discharge": ["discharged_home", "n_discharge_meds", "followup_call_done"],
}
stays["female"] = (stays.sex == "F").astype(int)
features = sum(feature_sets.values(), [])

cut = stays.admit_date.quantile(0.8)
train = stays[stays.admit_date < cut]
test = stays[(stays.admit_date >= cut) & ~stays.patient_id.isin(train.patient_id)]

clf = Pipeline([("scale", StandardScaler()), ("lr", LogisticRegression(max_iter=1000))])
clf.fit(train[features], train.readmitted_30d)

base = DummyClassifier(strategy="most_frequent").fit(train[features], train.readmitted_30d)
print("baseline accuracy:", round(accuracy_score(test.readmitted_30d, base.predict(test[features])), 4))
print("logistic accuracy:", round(accuracy_score(test.readmitted_30d, clf.predict(test[features])), 4))

coef = pd.Series(clf.named_steps["lr"].coef_[0], index=features)
for name, cols in feature_sets.items():
    print(name, coef[cols].round(3).to_dict())
