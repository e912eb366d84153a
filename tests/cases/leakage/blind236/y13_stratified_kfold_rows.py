import pandas as pd
import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

# load data
df = pd.read_csv('train.csv')
test_df = pd.read_csv('test.csv')

print(df.shape)
print(df.dtypes)
print(df.isna().sum())
print('churn rate:', df['churned_next_month'].mean())

# some simple features
def feats(d):
    d = d.copy()
    d['avg_charge_per_tenure'] = d['monthly_charges'] / (d['tenure_months'] + 1)
    d['tickets_and_failures'] = d['support_tickets'] + d['payment_failures']
    d['heavy_user'] = (d['usage_hours'] > 40).astype(int)
    return d

df = feats(df)
test_df = feats(test_df)

num_features = ['monthly_charges', 'tenure_months', 'usage_hours', 'support_tickets',
                'payment_failures', 'avg_charge_per_tenure', 'tickets_and_failures', 'heavy_user']
cat_features = ['plan']

X = df[num_features + cat_features]
y = df['churned_next_month']

pre = ColumnTransformer([
    ('num', StandardScaler(), num_features),
    ('cat', OneHotEncoder(handle_unknown='ignore'), cat_features),
])

models = {
    'dummy': DummyClassifier(strategy='prior'),
    'logreg': LogisticRegression(max_iter=1000, class_weight='balanced'),
    'gbm': GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.05,
                                      subsample=0.8, random_state=1),
}

# 5-fold stratified CV, keeps the 5% churners balanced across folds
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)

results = {}
for name, clf in models.items():
    pipe = Pipeline([('pre', pre), ('clf', clf)])
    cvres = cross_validate(pipe, X, y, cv=cv, scoring=['roc_auc', 'average_precision', 'neg_brier_score'],
                           n_jobs=-1)
    results[name] = {
        'auc_mean': cvres['test_roc_auc'].mean(),
        'auc_std': cvres['test_roc_auc'].std(),
        'ap_mean': cvres['test_average_precision'].mean(),
        'brier': -cvres['test_neg_brier_score'].mean(),
    }
    print(name, 'AUC %.4f +- %.4f' % (results[name]['auc_mean'], results[name]['auc_std']),
          'AP %.4f' % results[name]['ap_mean'])

res = pd.DataFrame(results).T
print(res)

# gbm was the plan from the start, fit it on everything for the submission
final = Pipeline([('pre', pre), ('clf', models['gbm'])])
final.fit(X, y)

preds = final.predict_proba(test_df[num_features + cat_features])[:, 1]
out = pd.DataFrame({'snapshot_id': test_df['snapshot_id'], 'prediction': preds})
out.to_csv('predictions.csv', index=False)
print(out.head())
print('mean predicted churn', preds.mean())

# quick look at what the gbm uses
gbm = final.named_steps['clf']
names = num_features + list(final.named_steps['pre'].named_transformers_['cat'].get_feature_names_out(cat_features))
imp = pd.Series(gbm.feature_importances_, index=names).sort_values(ascending=False)
print(imp)
