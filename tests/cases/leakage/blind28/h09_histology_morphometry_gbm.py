#!/usr/bin/env python
# Lymph-node metastasis from slide-level nuclear morphometry (QuPath export).
import argparse

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

parser = argparse.ArgumentParser()
parser.add_argument("--csv", default="data/slide_morphometry.csv")
parser.add_argument("--seed", type=int, default=42)
args = parser.parse_args()

slides = pd.read_csv(args.csv)
print(slides["metastasis"].value_counts())

morph = [c for c in slides.columns if c.startswith(("nuc_", "cyto_", "cell_"))]
slides = slides.dropna(subset=morph, thresh=int(0.9 * len(morph)))
X_raw = slides[morph].fillna(0.0)
y = slides["metastasis"].to_numpy()

# skewed area/perimeter features
for col in morph:
    if col.endswith(("_area", "_perimeter")):
        X_raw[col] = np.log1p(X_raw[col])

scaler = StandardScaler()
X_std = scaler.fit_transform(X_raw)

sm = SMOTE(k_neighbors=5, random_state=args.seed)
X_bal, y_bal = sm.fit_resample(X_std, y)
print("after SMOTE:", np.bincount(y_bal))

X_tr, X_te, y_tr, y_te = train_test_split(
    X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=args.seed
)

gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                 subsample=0.8, random_state=args.seed)
gbm.fit(X_tr, y_tr)

proba = gbm.predict_proba(X_te)[:, 1]
pred = (proba >= 0.5).astype(int)
print(classification_report(y_te, pred, digits=3))
print("ROC AUC:", round(roc_auc_score(y_te, proba), 3))
print("PR AUC :", round(average_precision_score(y_te, proba), 3))

imp = pd.Series(gbm.feature_importances_, index=morph).sort_values(ascending=False)
print(imp.head(12))
