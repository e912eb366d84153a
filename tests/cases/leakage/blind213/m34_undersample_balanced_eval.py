# Card fraud - undersampling approach
#
# With 97% legitimate transactions a model can look great by predicting "legit"
# everywhere, so I balance the data 1:1 with random undersampling and then
# train / evaluate an SVM-ish linear model and a small boosted tree model.

import numpy as np
import pandas as pd
from imblearn.under_sampling import RandomUnderSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import AdaBoostClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import (accuracy_score, average_precision_score, f1_score,
                             precision_score, recall_score)
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

CATEGORICAL = ["merchant_category", "country", "device_type"]
NUMERIC = ["amount", "hour", "card_age_days", "tx_count_24h"]


def featurise(frame, ref_cols=None):
    f = pd.get_dummies(frame[CATEGORICAL + NUMERIC], columns=CATEGORICAL, dtype=float)
    f["amount"] = np.log1p(f["amount"])
    if ref_cols is not None:
        f = f.reindex(columns=ref_cols, fill_value=0.0)
    return f


X = featurise(df)
y = df["is_fraud"]

rus = RandomUnderSampler(sampling_strategy=1.0, random_state=9)
X_bal, y_bal = rus.fit_resample(X, y)
print("balanced set:", X_bal.shape, y_bal.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.3, random_state=9, stratify=y_bal)

models = {
    "baseline (most frequent)": DummyClassifier(strategy="most_frequent"),
    "linear svm (calibrated)": make_pipeline(
        StandardScaler(),
        CalibratedClassifierCV(SGDClassifier(loss="hinge", alpha=1e-4, random_state=9), cv=3),
    ),
    "adaboost": AdaBoostClassifier(n_estimators=300, learning_rate=0.5, random_state=9),
}

rows = []
for name, model in models.items():
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    rows.append({
        "model": name,
        "accuracy": accuracy_score(y_test, pred),
        "precision": precision_score(y_test, pred, zero_division=0),
        "recall": recall_score(y_test, pred),
        "f1": f1_score(y_test, pred),
        "avg_precision": average_precision_score(y_test, proba),
    })

results = pd.DataFrame(rows).set_index("model")
print(results.round(3))

# AdaBoost for the submission: handles the one-hot columns without scaling
best_name = "adaboost"

# model trained on balanced data -> scores are inflated relative to the real 3% rate.
# correct the probabilities back to the original prior before writing them out.
pi_train = y.mean()
best = models[best_name].fit(X_bal, y_bal)
raw = best.predict_proba(featurise(test, X.columns))[:, 1]
odds = raw / (1 - raw + 1e-12) * (pi_train / (1 - pi_train))
adjusted = odds / (1 + odds)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": adjusted}).to_csv("predictions.csv", index=False)
print("prediction mean (should be near the base rate):", round(adjusted.mean(), 4))
