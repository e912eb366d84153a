"""Level-2 stacking: LightGBM + ExtraTrees + logistic regression -> logistic meta-learner."""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.metrics import roc_auc_score, log_loss

SEED = 17
df = pd.read_csv("train.csv")
y = df.pop("target")
df = df.drop(columns=["id"])
X = df.select_dtypes("number")

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

base_models = {
    "lgbm": LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                           colsample_bytree=0.7, random_state=SEED, verbose=-1),
    "et": make_pipeline(SimpleImputer(strategy="median"),
                        ExtraTreesClassifier(n_estimators=400, min_samples_leaf=3,
                                             n_jobs=-1, random_state=SEED)),
    "lr": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                        LogisticRegression(C=0.5, max_iter=2000)),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)

# level-1 features: base-model probabilities
meta_tr = pd.DataFrame(index=X_tr.index)
meta_te = pd.DataFrame(index=X_te.index)
for name, model in base_models.items():
    model.fit(X_tr, y_tr)
    meta_tr[name] = model.predict_proba(X_tr)[:, 1]
    meta_te[name] = model.predict_proba(X_te)[:, 1]
    print(f"{name:5s} train AUC {roc_auc_score(y_tr, meta_tr[name]):.4f}")

# logit-transform probabilities for the linear meta-learner
eps = 1e-6
to_logit = lambda p: np.log(np.clip(p, eps, 1 - eps) / (1 - np.clip(p, eps, 1 - eps)))
meta_tr_l, meta_te_l = meta_tr.apply(to_logit), meta_te.apply(to_logit)

meta = LogisticRegression(C=1.0)
stack_cv = cross_val_score(meta, meta_tr_l, y_tr, cv=skf, scoring="roc_auc")
print(f"stack CV AUC: {stack_cv.mean():.4f} +- {stack_cv.std():.4f}")

meta.fit(meta_tr_l, y_tr)
print("meta weights:", dict(zip(meta_tr.columns, meta.coef_[0].round(3))))

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]
p_stack = meta.predict_proba(meta_te_l)[:, 1]
p_best_single = meta_te["lgbm"]

print("\n--- hold-out test ---")
print(f"dummy     AUC {roc_auc_score(y_te, p_dummy):.4f}  logloss {log_loss(y_te, p_dummy):.4f}")
print(f"lgbm      AUC {roc_auc_score(y_te, p_best_single):.4f}  logloss {log_loss(y_te, p_best_single):.4f}")
print(f"stack     AUC {roc_auc_score(y_te, p_stack):.4f}  logloss {log_loss(y_te, p_stack):.4f}")
