# Stroke prediction (Kaggle healthcare-dataset-stroke-data)
# ~5% positives -> SMOTE, but only inside the imblearn pipeline so that the
# CV folds and the test split keep their real class balance

import warnings
warnings.filterwarnings("ignore")

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt

from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
df = df.drop(columns=["id"])
df = df[df["gender"] != "Other"].reset_index(drop=True)
print(df.shape, df["stroke"].mean().round(4))

df["high_glucose"] = (df["avg_glucose_level"] > 140).astype(int)

num_cols = ["age", "avg_glucose_level", "bmi"]
bin_cols = ["hypertension", "heart_disease", "high_glucose"]
cat_cols = ["gender", "ever_married", "work_type", "Residence_type", "smoking_status"]

X = df[num_cols + bin_cols + cat_cols]
y = df["stroke"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25,
                                                    random_state=2, stratify=y)

pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    ("bin", "passthrough", bin_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])


def make_model(clf, smote=True):
    steps = [("pre", pre)]
    if smote:
        steps.append(("smote", SMOTE(random_state=2)))
    steps.append(("clf", clf))
    return ImbPipeline(steps)


candidates = {
    "dummy (prior)": make_model(DummyClassifier(strategy="prior"), smote=False),
    "logreg + smote": make_model(LogisticRegression(max_iter=500)),
    "rf + smote": make_model(RandomForestClassifier(n_estimators=300, min_samples_leaf=5,
                                                    random_state=2)),
    "xgb + smote": make_model(XGBClassifier(n_estimators=300, learning_rate=0.05, max_depth=4,
                                            subsample=0.8, eval_metric="logloss")),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
cv_rows = []
for name, model in candidates.items():
    out = cross_validate(model, X_train, y_train, cv=cv,
                         scoring=["roc_auc", "average_precision", "recall"])
    cv_rows.append({"model": name,
                    "cv_auc": out["test_roc_auc"].mean(),
                    "cv_ap": out["test_average_precision"].mean(),
                    "cv_recall": out["test_recall"].mean()})
cv_table = pd.DataFrame(cv_rows).set_index("model")
print(cv_table.round(3))

best_name = cv_table.drop(index="dummy (prior)")["cv_ap"].idxmax()
print("picked on CV:", best_name)

best = candidates[best_name].fit(X_train, y_train)
proba = best.predict_proba(X_test)[:, 1]
print("\nTEST  roc_auc=%.3f  pr_auc=%.3f" % (roc_auc_score(y_test, proba),
                                           average_precision_score(y_test, proba)))
print("TEST  prevalence (AP of a random model) = %.3f" % y_test.mean())
print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

cv_table[["cv_auc", "cv_ap"]].plot.bar(figsize=(8, 4), rot=15)
plt.title("5-fold CV on the training split")
plt.tight_layout()
plt.show()
