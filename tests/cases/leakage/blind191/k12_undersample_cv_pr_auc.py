# fraud_rus_rf.py
# Random undersampling + random forest, evaluated with stratified 5-fold CV.
import pandas as pd
import numpy as np
from imblearn.pipeline import Pipeline
from imblearn.under_sampling import RandomUnderSampler
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.preprocessing import OneHotEncoder

data = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")

for frame in (data, holdout):
    t = pd.to_datetime(frame["transaction_time"])
    frame["hour"] = t.dt.hour
    frame["weekday"] = t.dt.weekday
    frame["month_day"] = t.dt.day
    frame["amount_log"] = np.log1p(frame["amount"])
    frame["round_amount"] = (frame["amount"] % 1 == 0).astype(int)

num_cols = ["amount_log", "round_amount", "hour", "weekday", "month_day"]
cat_cols = ["merchant_category", "country", "device"]
X = data[num_cols + cat_cols]
y = data["is_fraud"]

print("rows:", len(data), "fraud share: %.3f" % y.mean())

ct = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat_cols),
    remainder="passthrough",
)

pipe = Pipeline(steps=[
    ("prep", ct),
    ("rus", RandomUnderSampler(sampling_strategy=0.25, random_state=3)),
    ("rf", RandomForestClassifier(n_estimators=400, max_depth=12, n_jobs=-1, random_state=3)),
])

baseline = Pipeline(steps=[("prep", ct), ("dummy", DummyClassifier(strategy="most_frequent"))])

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=3)
model_scores = cross_val_score(pipe, X, y, cv=skf, n_jobs=-1, scoring="average_precision")
base_scores = cross_val_score(baseline, X, y, cv=skf, scoring="average_precision")

print("baseline :", base_scores.round(4), "mean", base_scores.mean().round(4))
print("RUS + RF :", model_scores.round(4), "mean", model_scores.mean().round(4))
print("std      :", model_scores.std().round(4))

# refit on the full training file and write the submission
pipe.fit(X, y)
out = pd.DataFrame({
    "transaction_id": holdout["transaction_id"],
    "prediction": pipe.predict_proba(holdout[num_cols + cat_cols])[:, 1],
})
out.to_csv("predictions.csv", index=False)
print(out.head())
