# Stroke prediction (Kaggle healthcare-dataset-stroke-data)
# only ~5% positives so we balance the classes with SMOTE first

import warnings
warnings.filterwarnings("ignore")

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns

from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from xgboost import XGBClassifier
from sklearn.metrics import (accuracy_score, recall_score, precision_score, f1_score,
                             roc_auc_score, ConfusionMatrixDisplay)

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
print(df.shape)
print(df["stroke"].value_counts())

# ---- cleaning ----
df = df.drop(columns=["id"])
df = df[df["gender"] != "Other"]
df = df.dropna(subset=["bmi"])          # ~200 rows, fine to drop
df["smoking_status"] = df["smoking_status"].replace("Unknown", "unknown_smoke")

df["age_group"] = pd.cut(df["age"], bins=[0, 18, 40, 60, 80, 120],
                         labels=["child", "young", "mid", "senior", "old"])
df["high_glucose"] = (df["avg_glucose_level"] > 140).astype(int)

cat_cols = ["gender", "ever_married", "work_type", "Residence_type", "smoking_status", "age_group"]
data = pd.get_dummies(df, columns=cat_cols, drop_first=True)

X = data.drop("stroke", axis=1)
y = data["stroke"]

sm = SMOTE(random_state=2)
X_res, y_res = sm.fit_resample(X, y)
print("after SMOTE:", y_res.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.25,
                                                    random_state=2, stratify=y_res)


def evaluate(name, model):
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    proba = model.predict_proba(X_test)[:, 1]
    return {
        "model": name,
        "accuracy": accuracy_score(y_test, pred),
        "precision": precision_score(y_test, pred),
        "recall": recall_score(y_test, pred),
        "f1": f1_score(y_test, pred),
        "roc_auc": roc_auc_score(y_test, proba),
    }


lr = make_pipeline(StandardScaler(), LogisticRegression(max_iter=500))
rf = RandomForestClassifier(n_estimators=300, random_state=2)
xgb = XGBClassifier(n_estimators=400, learning_rate=0.05, max_depth=5,
                    subsample=0.8, colsample_bytree=0.8, eval_metric="logloss")

results = pd.DataFrame([evaluate("Logistic Regression", lr),
                        evaluate("Random Forest", rf),
                        evaluate("XGBoost", xgb)])
print(results.round(3).to_string(index=False))

fig, axes = plt.subplots(1, 3, figsize=(15, 4))
for ax, (name, m) in zip(axes, [("LR", lr), ("RF", rf), ("XGB", xgb)]):
    ConfusionMatrixDisplay.from_estimator(m, X_test, y_test, ax=ax, colorbar=False)
    ax.set_title(name)
plt.tight_layout()
plt.show()

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
sns.barplot(x=imp.values[:12], y=imp.index[:12])
plt.title("Random forest importance")
plt.show()
