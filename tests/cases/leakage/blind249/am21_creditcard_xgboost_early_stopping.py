# credit card fraud - xgboost
# data: https://www.kaggle.com/datasets/mlg-ulb/creditcardfraud
import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

df = pd.read_csv('creditcard.csv')
print(df.shape)
print(df.describe().T[['mean', 'std', 'min', 'max']])
print(df['Class'].value_counts())

# Time is just seconds since the first transaction in the file, not useful
df = df.drop(columns=['Time'])
df['Amount'] = np.log1p(df['Amount'])

X = df.drop(columns=['Class'])
y = df['Class']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)
print('train', X_train.shape, 'test', X_test.shape)

ratio = (y_train == 0).sum() / (y_train == 1).sum()
model = xgb.XGBClassifier(
    n_estimators=2000,
    learning_rate=0.05,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=ratio,
    eval_metric='logloss',
    early_stopping_rounds=50,
    n_jobs=-1,
    random_state=1,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=100)
print('best iteration:', model.best_iteration)

pred = model.predict(X_test)

# if we just said "not fraud" every time
baseline_acc = (y_test == 0).mean()
print(f'baseline accuracy (always 0): {baseline_acc:.5f}')
print(f'xgboost accuracy:             {accuracy_score(y_test, pred):.5f}')

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
