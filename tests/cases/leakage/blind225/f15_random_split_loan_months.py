import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score
import xgboost as xgb

# ---------------------------------------------------------------
# load
# ---------------------------------------------------------------
df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')
df['as_of_month'] = pd.to_datetime(df['as_of_month'])
test_df['as_of_month'] = pd.to_datetime(test_df['as_of_month'])
print(df.shape, test_df.shape)
print(df['default_next_3m'].mean())

# quick look
print(df.groupby('grade')['default_next_3m'].agg(['mean', 'count']))
print(df.isna().mean().sort_values(ascending=False).head(10))

# ---------------------------------------------------------------
# features
# ---------------------------------------------------------------
def feats(d):
    d = d.sort_values(['loan_id', 'as_of_month']).copy()
    d['month'] = d['as_of_month'].dt.month
    d['dpd_prev'] = d.groupby('loan_id')['dpd'].shift(1).fillna(0)
    d['dpd_change'] = d['dpd'] - d['dpd_prev']
    d['late_streak'] = d.groupby('loan_id')['dpd'].transform(
        lambda s: (s > 0).astype(int).groupby((s == 0).cumsum()).cumsum())
    d['installment_to_income'] = d['installment'] * 12 / d['annual_income'].replace(0, np.nan)
    d['grade_num'] = d['grade'].map(dict(zip('ABCDEFG', range(7))))
    d['is_renter'] = (d['home_ownership'] == 'RENT').astype(int)
    return d

df = feats(df)

features = ['loan_amount', 'interest_rate', 'term_months', 'fico', 'dti', 'annual_income',
            'months_on_book', 'balance', 'utilization', 'dpd', 'dpd_prev', 'dpd_change',
            'late_streak', 'n_late_30', 'installment_to_income', 'grade_num', 'is_renter', 'month']

X = df[features]
y = df['default_next_3m']

# ---------------------------------------------------------------
# hold-out validation
# ---------------------------------------------------------------
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=2024)
print('train', X_train.shape, 'val', X_val.shape)

dummy = DummyClassifier(strategy='stratified', random_state=0).fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_val)[:, 1]
print('dummy   AUC', roc_auc_score(y_val, p_dummy), 'AP', average_precision_score(y_val, p_dummy))

model = xgb.XGBClassifier(
    n_estimators=700,
    max_depth=5,
    learning_rate=0.04,
    subsample=0.85,
    colsample_bytree=0.75,
    min_child_weight=10,
    gamma=0.5,
    scale_pos_weight=10,
    tree_method='hist',
    eval_metric='aucpr',
)
model.fit(X_train, y_train)
p_val = model.predict_proba(X_val)[:, 1]
print('xgb     AUC', roc_auc_score(y_val, p_val), 'AP', average_precision_score(y_val, p_val))

# recall in the top 5% riskiest loan-months
top = p_val >= np.quantile(p_val, 0.95)
print('recall@top5%', recall_score(y_val, top.astype(int)))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp)

# ---------------------------------------------------------------
# refit on all training data and predict the test file
# ---------------------------------------------------------------
model.fit(X, y)
hist = pd.concat([df[test_df.columns], test_df])
hist = feats(hist)
hist = hist[hist['loan_month_id'].isin(test_df['loan_month_id'])]
out = pd.DataFrame({'loan_month_id': hist['loan_month_id'],
                    'prediction': model.predict_proba(hist[features])[:, 1]})
out.to_csv('predictions.csv', index=False)
print(out.head())
