# Stroke prediction - CatBoost, early stopping on a validation split carved from train
import pandas as pd
import numpy as np
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("healthcare-dataset-stroke-data.csv").drop(columns="id")
df = df[df.gender != "Other"].reset_index(drop=True)
print(df.shape)
print(df.isna().sum()[lambda s: s > 0])
print("stroke rate: %.4f" % df["stroke"].mean())

# quick look at the obvious risk factors
print(pd.crosstab(df["hypertension"], df["stroke"], normalize="index").round(3))
print(pd.crosstab(df["heart_disease"], df["stroke"], normalize="index").round(3))
print(df.groupby("smoking_status")["stroke"].agg(["mean", "size"]))
print(df.groupby(pd.cut(df["age"], [0, 30, 45, 60, 75, 90]))["stroke"].mean())

cat_features = ["gender", "ever_married", "work_type", "Residence_type", "smoking_status"]
feats = cat_features + ["age", "hypertension", "heart_disease", "avg_glucose_level", "bmi"]

# CatBoost wants strings for categoricals, bmi NaN is handled natively
for c in cat_features:
    df[c] = df[c].astype(str)

X, y = df[feats], df["stroke"]
X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)
X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.2, stratify=y_dev, random_state=5)

cb = CatBoostClassifier(iterations=5000, learning_rate=0.02, depth=4, eval_metric="AUC",
                        auto_class_weights="Balanced", random_seed=5, verbose=500)
cb.fit(X_tr, y_tr, cat_features=cat_features, eval_set=(X_val, y_val),
       early_stopping_rounds=300, use_best_model=True)
print("best iteration", cb.get_best_iteration(), "val AUC", cb.get_best_score()["validation"]["AUC"])

p = cb.predict_proba(X_test)[:, 1]
print("test AUC %.4f | test AP %.4f" % (roc_auc_score(y_test, p), average_precision_score(y_test, p)))
print(classification_report(y_test, (p > 0.5).astype(int), digits=3))

shap_vals = cb.get_feature_importance(type="ShapValues", data=Pool(X_test, y_test, cat_features=cat_features))
mean_abs = np.abs(shap_vals[:, :-1]).mean(0)
for f, v in sorted(zip(feats, mean_abs), key=lambda t: -t[1]):
    print(f"{f:20s} {v:.4f}")
