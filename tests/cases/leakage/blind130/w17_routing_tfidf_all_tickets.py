import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, classification_report

RUN_META = {
    "git_sha": os.environ.get("GIT_SHA", "local"),
    "owner": os.environ.get("USER", "ml-platform"),
    "started_at": pd.Timestamp.now(tz="UTC").isoformat(),
}
os.makedirs("reports", exist_ok=True)
os.makedirs("artifacts", exist_ok=True)
pd.set_option("display.max_columns", 50)
pd.set_option("display.width", 160)
np.random.seed(0)
print("run", RUN_META)

CONFIG = {
    "path": "features/support/tickets_text.parquet",
    "text": "body",
    "label": "queue",
    "tfidf": {"ngram_range": (1, 2), "min_df": 3, "max_features": 50000, "sublinear_tf": True},
}
tickets = pd.read_parquet(CONFIG["path"])
tickets[CONFIG["text"]] = (tickets["subject"].fillna("") + " " + tickets["body"].fillna("")).str.lower()
print(tickets.shape)
print(tickets[CONFIG["label"]].value_counts())

vec = TfidfVectorizer(**CONFIG["tfidf"])
X_all = vec.fit_transform(tickets[CONFIG["text"]])
y_all = tickets[CONFIG["label"]].values
X_tr, X_te, y_tr, y_te = train_test_split(X_all, y_all, test_size=0.2, stratify=y_all, random_state=17)

clf = SGDClassifier(loss="log_loss", alpha=1e-5, max_iter=30, random_state=17)
clf.fit(X_tr, y_tr)
pred = clf.predict(X_te)
base_pred = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr).predict(X_te)
print(classification_report(y_te, pred))
metrics = {"macro_f1": f1_score(y_te, pred, average="macro"),
           "macro_f1_majority": f1_score(y_te, base_pred, average="macro")}
print(metrics)
with open("reports/routing_eval.json", "w") as fh:
    json.dump(metrics, fh, indent=2)
joblib.dump((vec, clf), "artifacts/routing_sgd.joblib")
