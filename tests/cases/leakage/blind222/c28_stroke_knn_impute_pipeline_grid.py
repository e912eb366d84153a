# Stroke prediction - KNN imputation of BMI inside the model pipeline.
# 201 patients have no BMI; several of them had a stroke, so dropping them loses positives.
#
# plan: hold out 30% as test, tune on the other 70% with stratified CV, score test once.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler, FunctionTransformer
from sklearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split, StratifiedKFold, GridSearchCV
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from lightgbm import LGBMClassifier
from sklearn.metrics import (accuracy_score, recall_score, roc_auc_score, average_precision_score,
                             confusion_matrix)

stroke = pd.read_csv("healthcare-dataset-stroke-data.csv")
stroke = stroke[stroke.gender != "Other"].drop(columns="id").reset_index(drop=True)
print(stroke.shape)
print("bmi missing:", stroke.bmi.isna().sum(),
      "| strokes among missing bmi:", stroke.loc[stroke.bmi.isna(), "stroke"].sum())

encoded = pd.get_dummies(stroke, columns=["gender", "ever_married", "work_type",
                                          "Residence_type", "smoking_status"], drop_first=True)
X = encoded.drop(columns="stroke").astype(float)
y = encoded["stroke"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)


def add_interactions(frame):
    frame = frame.copy()
    frame["glucose_x_age"] = frame["avg_glucose_level"] * frame["age"] / 100
    frame["bmi_obese"] = (frame["bmi"] >= 30).astype(float)
    return frame


def build(model, scale=False):
    steps = [("impute", KNNImputer(n_neighbors=7, weights="distance")),
             ("extra", FunctionTransformer(add_interactions))]
    if scale:
        steps.append(("scale", StandardScaler()))
    steps.append(("model", model))
    return Pipeline(steps)


cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)

searches = {
    "logreg": GridSearchCV(
        build(LogisticRegression(max_iter=3000, class_weight="balanced"), scale=True),
        {"impute__n_neighbors": [5, 7, 15], "model__C": [0.01, 0.1, 1.0]},
        scoring="average_precision", cv=cv, n_jobs=-1),
    "lgbm": GridSearchCV(
        build(LGBMClassifier(n_estimators=400, learning_rate=0.03, is_unbalance=True,
                             verbose=-1, random_state=0)),
        {"model__num_leaves": [7, 15, 31], "model__min_child_samples": [20, 60]},
        scoring="average_precision", cv=cv, n_jobs=-1),
}

for name, search in searches.items():
    search.fit(X_tr, y_tr)
    print(f"{name}: best CV AP={search.best_score_:.4f}  params={search.best_params_}")

chosen = max(searches, key=lambda k: searches[k].best_score_)
print("chosen on CV:", chosen)
final = searches[chosen].best_estimator_

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

prob = final.predict_proba(X_te)[:, 1]
pred = (prob >= 0.5).astype(int)
print("\n--- held-out test, scored once ---")
print(f"{chosen}: acc={accuracy_score(y_te, pred):.3f} recall={recall_score(y_te, pred):.3f} "
      f"auc={roc_auc_score(y_te, prob):.3f} ap={average_precision_score(y_te, prob):.3f}")
print(f"dummy  : ap={average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]):.3f} "
      f"auc={roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]):.3f}")
print(confusion_matrix(y_te, pred))

if chosen == "lgbm":
    imp = pd.Series(final.named_steps["model"].feature_importances_,
                    index=add_interactions(X_tr.head()).columns)
    imp.sort_values().plot.barh(figsize=(7, 6))
    plt.title("LightGBM split importance")
    plt.tight_layout()
    plt.savefig("stroke_lgbm_importance.png")
