"""Spaceship Titanic - HistGradientBoosting inside a preprocessing pipeline.

CV score is ~0.80-0.81, LB around 0.80.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

DATA = 'data/spaceship-titanic'
SPEND = ['RoomService', 'FoodCourt', 'ShoppingMall', 'Spa', 'VRDeck']


def engineer(df):
    df = df.copy()
    # PassengerId = gggg_pp, gggg is the travel group
    df['Group'] = df['PassengerId'].str.split('_').str[0]
    cabin = df['Cabin'].str.split('/', expand=True)
    df['Deck'] = cabin[0]
    df['CabinNum'] = pd.to_numeric(cabin[1], errors='coerce')
    df['Side'] = cabin[2]
    df['TotalSpend'] = df[SPEND].sum(axis=1)
    df['NoSpend'] = (df['TotalSpend'] == 0).astype(int)
    for c in SPEND + ['TotalSpend']:
        df[c] = np.log1p(df[c])
    df['CryoSleep'] = df['CryoSleep'].map({True: 1.0, False: 0.0})
    df['VIP'] = df['VIP'].map({True: 1.0, False: 0.0})
    return df


train = engineer(pd.read_csv(f'{DATA}/train.csv'))
test = engineer(pd.read_csv(f'{DATA}/test.csv'))
print(train.shape, test.shape)
print(train['Transported'].value_counts(normalize=True))
print(train.isna().sum())

# do groups travel "together"? share of transported within groups of size > 1
grp = train.groupby('Group')['Transported'].agg(['mean', 'size'])
multi = grp[grp['size'] > 1]
print(f'{len(multi)} groups with more than one passenger')
print('all-or-nothing groups:', ((multi['mean'] == 0) | (multi['mean'] == 1)).mean().round(3))

num_cols = SPEND + ['TotalSpend', 'NoSpend', 'Age', 'CabinNum', 'CryoSleep', 'VIP']
cat_cols = ['HomePlanet', 'Destination', 'Deck', 'Side']

pre = ColumnTransformer([
    ('num', SimpleImputer(strategy='median'), num_cols),
    ('cat', Pipeline([('imp', SimpleImputer(strategy='most_frequent')),
                      ('ohe', OneHotEncoder(handle_unknown='ignore'))]), cat_cols),
])
clf = Pipeline([('pre', pre),
                ('model', HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400,
                                                         max_leaf_nodes=24, l2_regularization=1.0,
                                                         random_state=0))])

X = train[num_cols + cat_cols]
y = train['Transported'].astype(int)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
res = cross_validate(clf, X, y, cv=cv, scoring=['accuracy', 'roc_auc'])
dummy = cross_validate(DummyClassifier(strategy='most_frequent'), X, y, cv=cv, scoring=['accuracy'])
print(f"dummy accuracy: {dummy['test_accuracy'].mean():.4f}")
print(f"HGB accuracy:   {res['test_accuracy'].mean():.4f} +/- {res['test_accuracy'].std():.4f}")
print(f"HGB roc auc:    {res['test_roc_auc'].mean():.4f}")

clf.fit(X, y)
sub = pd.DataFrame({'PassengerId': test['PassengerId'],
                    'Transported': clf.predict(test[num_cols + cat_cols]).astype(bool)})
sub.to_csv('submission.csv', index=False)
