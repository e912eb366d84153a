import pandas as pd
import numpy as np
import xgboost as xgb
import matplotlib.pyplot as plt

# Rossmann Store Sales - XGBoost with store level features

def rmspe(y, yhat):
    mask = y != 0
    return np.sqrt(np.mean(((y[mask] - yhat[mask]) / y[mask]) ** 2))

train = pd.read_csv('train.csv', parse_dates=['Date'], low_memory=False)
store = pd.read_csv('store.csv')

print(train.shape, store.shape)
print(train.head())

# closed days have zero sales and are not scored
train = train[(train['Open'] == 1) & (train['Sales'] > 0)]
# customers are not known in advance
train = train.drop(columns=['Customers'])

df = train.merge(store, on='Store', how='left')
df = df.sort_values(['Store', 'Date']).reset_index(drop=True)

# ---------- date features
df['Year'] = df['Date'].dt.year
df['Month'] = df['Date'].dt.month
df['Day'] = df['Date'].dt.day
df['WeekOfYear'] = df['Date'].dt.isocalendar().week.astype(int)

# ---------- store info
df['StoreType'] = df['StoreType'].map({'a': 1, 'b': 2, 'c': 3, 'd': 4})
df['Assortment'] = df['Assortment'].map({'a': 1, 'b': 2, 'c': 3})
df['StateHoliday'] = df['StateHoliday'].astype(str).map({'0': 0, 'a': 1, 'b': 2, 'c': 3})
df['CompetitionDistance'] = df['CompetitionDistance'].fillna(100000)
df['CompetitionOpenMonths'] = 12 * (df['Year'] - df['CompetitionOpenSinceYear']) + \
    (df['Month'] - df['CompetitionOpenSinceMonth'])
df['CompetitionOpenMonths'] = df['CompetitionOpenMonths'].clip(lower=0).fillna(0)
df['Promo2Weeks'] = 52 * (df['Year'] - df['Promo2SinceYear']) + (df['WeekOfYear'] - df['Promo2SinceWeek'])
df['Promo2Weeks'] = df['Promo2Weeks'].clip(lower=0).fillna(0)

# ---------- store level sales statistics (strong signal!)
df['StoreAvgSales'] = df.groupby('Store')['Sales'].transform('mean')
df['StoreDowAvgSales'] = df.groupby(['Store', 'DayOfWeek'])['Sales'].transform('mean')
df['StorePromoAvgSales'] = df.groupby(['Store', 'Promo'])['Sales'].transform('mean')

# ---------- lag of the same store
df['Sales_lag_7'] = df.groupby('Store')['Sales'].shift(7)
df['Sales_lag_14'] = df.groupby('Store')['Sales'].shift(14)

features = ['Store', 'DayOfWeek', 'Promo', 'StateHoliday', 'SchoolHoliday',
            'StoreType', 'Assortment', 'CompetitionDistance', 'CompetitionOpenMonths',
            'Promo2', 'Promo2Weeks', 'Year', 'Month', 'Day', 'WeekOfYear',
            'StoreAvgSales', 'StoreDowAvgSales', 'StorePromoAvgSales',
            'Sales_lag_7', 'Sales_lag_14']

# ---------- last 6 weeks as validation, like the Kaggle test period
split_date = df['Date'].max() - pd.Timedelta(weeks=6)
tr = df[df['Date'] <= split_date]
va = df[df['Date'] > split_date]
print('train', tr.shape, 'valid', va.shape)

dtrain = xgb.DMatrix(tr[features], np.log1p(tr['Sales']))
dvalid = xgb.DMatrix(va[features], np.log1p(va['Sales']))

params = {
    'objective': 'reg:squarederror',
    'eta': 0.05,
    'max_depth': 10,
    'subsample': 0.9,
    'colsample_bytree': 0.7,
    'seed': 1,
}
bst = xgb.train(params, dtrain, num_boost_round=1500)

pred = np.expm1(bst.predict(dvalid))
print('validation RMSPE: %.4f' % rmspe(va['Sales'].values, pred))

xgb.plot_importance(bst, max_num_features=20)
plt.tight_layout()
plt.savefig('importance.png')
