# churn take-home -- quick model comparison
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

df = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')
print(df.shape)
print(df.churned_next_month.value_counts(normalize=True))
print(df.snapshot_month.value_counts().sort_index())

# --- eda bits
print(df.groupby('plan').agg(churn=('churned_next_month', 'mean'), n=('snapshot_id', 'size'),
                             charges=('monthly_charges', 'median')))
print(df[['monthly_charges', 'tenure_months', 'usage_hours', 'support_tickets',
          'payment_failures', 'churned_next_month']].corr()['churned_next_month'].round(3))

# post-outcome fields are out
LEAKY = ['retention_offer_accepted', 'account_closed_date_known']
num_features = ['monthly_charges', 'tenure_months', 'usage_hours', 'support_tickets', 'payment_failures']
cat_features = ['plan']

df['usage_per_tenure'] = df.usage_hours / (df.tenure_months + 1)
test['usage_per_tenure'] = test.usage_hours / (test.tenure_months + 1)
num_features.append('usage_per_tenure')

X = df[num_features + cat_features]
y = df['churned_next_month']

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
print('train', X_train.shape, 'valid', X_valid.shape)

prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy='median'), StandardScaler()), num_features),
    (OneHotEncoder(handle_unknown='ignore'), cat_features),
)

models = {
    'dummy': DummyClassifier(strategy='prior'),
    'logreg': LogisticRegression(max_iter=500, class_weight='balanced'),
    'rf': RandomForestClassifier(n_estimators=300, min_samples_leaf=10, class_weight='balanced_subsample',
                                 n_jobs=-1, random_state=0),
    'xgb': xgb.XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8,
                             colsample_bytree=0.8, scale_pos_weight=10, eval_metric='logloss'),
}

fitted = {}
for name, m in models.items():
    pipe = make_pipeline(prep, m)
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_valid)[:, 1]
    auc = roc_auc_score(y_valid, p)
    ap = average_precision_score(y_valid, p)
    rec = recall_score(y_valid, (p > 0.5).astype(int))
    print(f'{name:8s} auc={auc:.3f} ap={ap:.3f} recall@.5={rec:.3f}')
    fitted[name] = (pipe, auc)

# xgb with fewer trees, it was overfitting a bit
pipe = make_pipeline(prep, xgb.XGBClassifier(n_estimators=200, max_depth=3, learning_rate=0.05,
                                             scale_pos_weight=10, eval_metric='logloss'))
pipe.fit(X_train, y_train)
p = pipe.predict_proba(X_valid)[:, 1]
print('xgb small auc=%.3f ap=%.3f' % (roc_auc_score(y_valid, p), average_precision_score(y_valid, p)))
fitted['xgb_small'] = (pipe, roc_auc_score(y_valid, p))

best = max(fitted, key=lambda k: fitted[k][1])
print('best on validation:', best, round(fitted[best][1], 4))

# refit the best on everything for the submission
final = fitted[best][0]
final.fit(X, y)
pred = final.predict_proba(test[num_features + cat_features])[:, 1]
pd.DataFrame({'snapshot_id': test.snapshot_id, 'prediction': pred}).to_csv('predictions.csv', index=False)
print('done')
