"""Do we need more HR data? Learning curve for a compact attrition model.

Steps
 1. one-hot encode, keep the 15 most informative columns (mutual information)
 2. learning curve of a scaled logistic regression, stratified 5-fold
 3. check whether train/validation curves have converged
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, learning_curve, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

RNG = 5
hr = pd.read_csv("train.csv")

y = hr["attrited"].astype(int).to_numpy()
X = hr.drop(columns=["employee_id", "attrited", "exit_interview_scheduled", "offboarding_ticket_count"])
X = pd.get_dummies(X, dummy_na=True, dtype=float)
X = X.fillna(-1)  # tree-free model, but MI needs finite values
print("encoded shape:", X.shape)

K = 15
selector = SelectKBest(score_func=lambda a, b: mutual_info_classif(a, b, random_state=RNG), k=K)
X_k = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
mi = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print("kept columns:\n", mi.head(K).round(4))

model = Pipeline([
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RNG)
sizes = np.linspace(0.1, 1.0, 10)
train_sizes, train_scores, val_scores = learning_curve(
    model, X_k, y, cv=cv, train_sizes=sizes, scoring="roc_auc", n_jobs=-1, shuffle=True, random_state=RNG,
)

tr_m, tr_s = train_scores.mean(1), train_scores.std(1)
va_m, va_s = val_scores.mean(1), val_scores.std(1)
for n, a, b in zip(train_sizes, tr_m, va_m):
    print(f"n={n:5d}  train AUC {a:.3f}  val AUC {b:.3f}  gap {a - b:.3f}")

fig, ax = plt.subplots(figsize=(7, 4.5))
ax.plot(train_sizes, tr_m, "o-", label="train")
ax.fill_between(train_sizes, tr_m - tr_s, tr_m + tr_s, alpha=0.2)
ax.plot(train_sizes, va_m, "o-", label="cross-val")
ax.fill_between(train_sizes, va_m - va_s, va_m + va_s, alpha=0.2)
ax.set_xlabel("training employees")
ax.set_ylabel("ROC AUC")
ax.set_title(f"Learning curve, top-{K} MI features")
ax.legend(loc="lower right")
fig.tight_layout()
fig.savefig("learning_curve.png", dpi=120)

# slope of the last three validation points: is more data still helping?
slope = np.polyfit(train_sizes[-3:], va_m[-3:], 1)[0] * 1000
print(f"val AUC gain per extra 1000 employees (last segment): {slope:.4f}")

# does K matter? quick check with the same CV
for k in (5, 10, 15, 25, 40):
    sel = SelectKBest(mutual_info_classif, k=min(k, X.shape[1])).fit(X, y)
    auc = cross_val_score(model, sel.transform(X), y, cv=cv, scoring="roc_auc").mean()
    print(f"k={k:3d}  CV AUC {auc:.3f}")

final_auc = cross_val_score(model, X_k, y, cv=cv, scoring="roc_auc")
final_ap = cross_val_score(model, X_k, y, cv=cv, scoring="average_precision")
print("final: AUC %.3f ± %.3f, AP %.3f ± %.3f" % (final_auc.mean(), final_auc.std(),
                                                  final_ap.mean(), final_ap.std()))
