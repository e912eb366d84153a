"""churn-snapshots - random forest, out-of-time check on unseen customers."""
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]

df = (
    pd.read_csv("train.csv", parse_dates=[TIME])
    .drop(columns=LEAKY)
    .assign(
        logins_per_tenure=lambda d: d.logins_30d / d.tenure_months.add(1),
        dormant=lambda d: d.days_since_last_login.gt(30).astype(int),
        failures_x_charges=lambda d: d.payment_failures_90d.mul(d.monthly_charges),
    )
    .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
)
X_COLS = df.columns.difference([TARGET, ID, TIME, GROUP]).tolist()

cut = pd.Timestamp("2024-07-01")
seen = df.loc[df[TIME] < cut, GROUP].unique()
train = df.query(f"{TIME} < @cut")
valid = df.query(f"{TIME} >= @cut and {GROUP} not in @seen")
print(f"{len(train)=} {len(valid)=}")

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=10, class_weight="balanced", random_state=9, n_jobs=-1)
rf.fit(train[X_COLS], train[TARGET])
majority = DummyClassifier(strategy="most_frequent").fit(train[X_COLS], train[TARGET])

print("majority-class baseline accuracy:", round(accuracy_score(valid[TARGET], majority.predict(valid[X_COLS])), 4))
print("random forest accuracy          :", round(accuracy_score(valid[TARGET], rf.predict(valid[X_COLS])), 4))

test = (
    pd.read_csv("test.csv", parse_dates=[TIME])
    .assign(
        logins_per_tenure=lambda d: d.logins_30d / d.tenure_months.add(1),
        dormant=lambda d: d.days_since_last_login.gt(30).astype(int),
        failures_x_charges=lambda d: d.payment_failures_90d.mul(d.monthly_charges),
    )
    .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
    .reindex(columns=[ID] + X_COLS, fill_value=0)
)
rf.fit(df[X_COLS], df[TARGET])
test[[ID]].assign(prediction=rf.predict_proba(test[X_COLS])[:, 1]).to_csv("predictions.csv", index=False)
