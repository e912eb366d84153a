"""Fit the fraud model on the whole training file, report its quality and
write predictions.csv for test.csv."""
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "is_fraud"
ID = "transaction_id"
NUM = ["amount", "avg_amount_30d", "hour_of_day", "distance_from_home_km",
       "num_tx_last_24h", "card_present", "is_foreign"]
CAT = ["merchant_category", "device_type"]
TXT = "merchant_description"


def load(path):
    frame = pd.read_csv(path)
    frame[TXT] = frame[TXT].fillna("")
    return frame


train = load("train.csv")
test = load("test.csv")

pipeline = Pipeline([
    ("features", ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                          ("scale", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ("txt", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True), TXT),
    ])),
    ("model", LogisticRegression(C=3.0, class_weight="balanced", max_iter=5000)),
])
pipeline.fit(train[NUM + CAT + [TXT]], train[TARGET])

fitted_scores = pipeline.predict_proba(train[NUM + CAT + [TXT]])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(train[NUM], train[TARGET])
dummy_scores = dummy.predict_proba(train[NUM])[:, 1]

print("ROC AUC  model %.4f  dummy %.4f" % (roc_auc_score(train[TARGET], fitted_scores),
                                           roc_auc_score(train[TARGET], dummy_scores)))
print("PR AUC   model %.4f  dummy %.4f" % (average_precision_score(train[TARGET], fitted_scores),
                                           average_precision_score(train[TARGET], dummy_scores)))
print(classification_report(train[TARGET], (fitted_scores >= 0.5).astype(int), digits=3))

submission = pd.DataFrame({
    ID: test[ID],
    "prediction": pipeline.predict_proba(test[NUM + CAT + [TXT]])[:, 1],
})
submission.to_csv("predictions.csv", index=False)
print("wrote", len(submission), "predictions")
