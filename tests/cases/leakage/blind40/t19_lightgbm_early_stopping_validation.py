# Early stopping in LightGBM, the right way
# -----------------------------------------
#
# Early stopping picks the number of boosting rounds, i.e. it is hyperparameter tuning. So it needs data
# that is *not* the test set: we cut a validation set out of the training data.
#
#     full data -> train (64%) / validation (16%) / test (20%)

import lightgbm as lgb
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss

X, y = make_classification(n_samples=20000, n_features=30, n_informative=12,
                           weights=[0.8, 0.2], random_state=21)

X_trval, X_test, y_trval, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=21)
X_tr, X_val, y_tr, y_val = train_test_split(X_trval, y_trval, test_size=0.2, stratify=y_trval, random_state=21)

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.03, num_leaves=31,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=21)
model.fit(
    X_tr, y_tr,
    eval_set=[(X_val, y_val)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(stopping_rounds=100), lgb.log_evaluation(period=250)],
)
print("best iteration:", model.best_iteration_)


# Only now do we touch the test set, once.

proba = model.predict_proba(X_test, num_iteration=model.best_iteration_)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_trval, y_trval)
print("LightGBM  test AUC = %.4f  log loss = %.4f" % (roc_auc_score(y_test, proba), log_loss(y_test, proba)))
print("Dummy     test AUC = %.4f  log loss = %.4f" % (
    roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), log_loss(y_test, dummy.predict_proba(X_test)[:, 1])))
