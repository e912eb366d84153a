"""Credit card fraud - XGBoost with early stopping on a validation split.

train (64%) / validation (16%) / test (20%), all stratified. Early stopping
watches the validation split; the test split is scored once at the end.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

df = pd.read_csv('data/creditcard.csv')
df['hour_of_day'] = (df['Time'] // 3600) % 24
df['log_amount'] = np.log1p(df['Amount'])
X = df.drop(columns=['Class', 'Time', 'Amount'])
y = df['Class']

X_trval, X_test, y_trval, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_trval, y_trval, test_size=0.2,
                                                  stratify=y_trval, random_state=0)
ratio = (y_train == 0).sum() / (y_train == 1).sum()

model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.7,
    scale_pos_weight=np.sqrt(ratio),
    eval_metric='aucpr',
    early_stopping_rounds=100,
    tree_method='hist',
    n_jobs=-1,
)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=200)
print('best iteration:', model.best_iteration)

proba = model.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy='prior').fit(X_train, y_train)
print('Dummy (prior) AP:', round(average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
print('XGB test AP     :', round(average_precision_score(y_test, proba), 4))
print('XGB test ROC AUC:', round(roc_auc_score(y_test, proba), 4))

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15).round(4).to_string())
